import { approverRoleLabels } from '@cascade/domain';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { Field } from '../../components/Field';
import { emptyApprovalStep, type TemplateFormValues } from './templateFormValues';

interface Props {
  control: Control<TemplateFormValues, unknown, unknown>;
  register: UseFormRegister<TemplateFormValues>;
  errors: FieldErrors<TemplateFormValues>['approvalSteps'];
}

/** Bước duyệt dự thảo: who reviews a draft, in this order, before the leader may issue it. */
export function ApprovalStepsField({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'approvalSteps' });
  return (
    <fieldset>
      <legend>Các bước duyệt dự thảo</legend>
      <p className="muted">
        {fields.length === 0
          ? 'Không có bước duyệt: lãnh đạo ban hành ngay bản dự thảo đã lưu.'
          : 'Dự thảo phải qua lần lượt các bước này trước khi lãnh đạo ban hành.'}
      </p>
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <fieldset key={field.id} className="editor-row" aria-label={`Bước duyệt ${index + 1}`}>
            <legend>Bước duyệt {index + 1}</legend>
            <div className="row">
              <Field label="Mã bước" error={rowErrors?.key?.message}>
                <input {...register(`approvalSteps.${index}.key`)} placeholder="tham-dinh" className="input-short" />
              </Field>
              <Field label="Tên bước" error={rowErrors?.label?.message}>
                <input {...register(`approvalSteps.${index}.label`)} placeholder="Trưởng phòng Tổng hợp thẩm định" />
              </Field>
              <Field label="Người duyệt" error={rowErrors?.role?.message}>
                <select {...register(`approvalSteps.${index}.role`)}>
                  {Object.entries(approverRoleLabels).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <button type="button" className="button-link" onClick={() => remove(index)}>
              Xóa bước duyệt {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button-secondary" onClick={() => append(emptyApprovalStep)}>
        Thêm bước duyệt
      </button>
    </fieldset>
  );
}
