import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { hrefTo, navigate } from '../../routes';
import { queryClient, trpc } from '../../trpc';
import type { TemplateDetails } from './adminTypes';
import { ApprovalStepsField } from './ApprovalStepsField';
import { CascadeRulesField } from './CascadeRulesField';
import { FormBuilder } from './formBuilder/FormBuilder';
import { IndicatorsField } from './IndicatorsField';
import { ReportSignOffField } from './ReportSignOffField';
import { RoundPeriodWarnings } from './RoundPeriodWarnings';
import { RoundsField } from './RoundsField';
import {
  parsedRounds,
  type TemplateFormOutput,
  type TemplateFormValues,
  templateFormSchema,
  toTemplateDefinition,
  toTemplateFormValues,
} from './templateFormValues';
import { workingDayAdjustLabels } from './templateLabels';

/** A new version, starting from `template`: saved as a draft; whatever the editor does not show is kept as it was. */
export function TemplateEditor({ template, onCancel }: { template: TemplateDetails; onCancel: () => void }) {
  const form = useForm<TemplateFormValues, unknown, TemplateFormOutput>({
    resolver: zodResolver(templateFormSchema),
    defaultValues: toTemplateFormValues(template),
  });
  const save = useMutation(
    trpc.admin.saveTemplate.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.admin.templates.queryKey() });
        navigate(hrefTo.adminTemplate(id));
      },
    }),
  );
  const { register, control } = form;
  const errors = form.formState.errors;
  const rounds = useWatch({ control, name: 'rounds' });
  const submit = form.handleSubmit((edited) =>
    save.mutate({
      slug: edited.slug,
      name: edited.name,
      definition: toTemplateDefinition(template.definition, edited),
    }),
  );

  return (
    <FormProvider {...form}>
      <form className="card" onSubmit={submit} noValidate aria-label="Phiên bản mới của mẫu">
        <div className="card-title">
          <h2>Phiên bản mới</h2>
          <span className="muted">Bắt đầu từ phiên bản {template.version}</span>
        </div>
        <div className="row">
          <Field label="Mã mẫu" hint="Giữ nguyên để tạo phiên bản tiếp theo của mẫu này." error={errors.slug?.message}>
            <input {...register('slug')} />
          </Field>
          <Field label="Tên mẫu" error={errors.name?.message}>
            <input {...register('name')} />
          </Field>
        </div>
        <CascadeRulesField control={control} register={register} errors={errors.cascade} />
        <fieldset>
          <legend>Thời hạn</legend>
          <div className="row">
            <Field label="Hạn kế hoạch cấp dưới các cấp tiếp theo (ngày)" error={errors.lowerLevelDays?.message}>
              <input {...register('lowerLevelDays')} inputMode="numeric" className="input-short" />
            </Field>
            <Field label="Mỗi cấp nộp báo cáo trước cấp trên (ngày)" error={errors.leadDays?.message}>
              <input {...register('leadDays')} inputMode="numeric" className="input-short" />
            </Field>
          </div>
          <div className="row">
            <Field label="Hạn rơi vào ngày nghỉ" error={errors.workingDayAdjust?.message}>
              <select {...register('workingDayAdjust')}>
                {Object.entries(workingDayAdjustLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label="Nhắc trước hạn (ngày)"
              hint="Cách nhau bằng dấu phẩy, ví dụ 3, 1."
              error={errors.remindDaysBefore?.message}
            >
              <input {...register('remindDaysBefore')} />
            </Field>
          </div>
        </fieldset>
        <RoundsField control={control} register={register} errors={errors.rounds} />
        <RoundPeriodWarnings rounds={parsedRounds(rounds)} />
        <IndicatorsField control={control} register={register} errors={errors.indicators} />
        <ApprovalStepsField control={control} register={register} errors={errors.approvalSteps} />
        <FormBuilder
          name="planForm"
          title="Biểu mẫu kế hoạch"
          noun="Trường"
          emptyText="Biểu mẫu kế hoạch phải có ít nhất một trường."
        />
        <ReportSignOffField control={control} />
        <FormBuilder
          name="reportForm"
          title="Câu hỏi trong báo cáo"
          noun="Câu hỏi"
          emptyText="Báo cáo không có câu hỏi thêm: các đơn vị báo cáo số liệu chỉ tiêu và thuyết minh."
        />
        <ErrorNotice error={save.error} />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Đang lưu…' : 'Lưu phiên bản mới'}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            Hủy
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
