import { formatVnDate } from '@cascade/domain';
import { FileTransferContext, FormFields } from '@cascade/forms/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { AutosaveStatus } from '../../components/AutosaveStatus';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { isConflict } from '../../errors';
import { fileTransferFor } from '../../files';
import { useIdempotencyKey } from '../../idempotency';
import { toNumberInput } from '../../numbers';
import { queryClient, trpc } from '../../trpc';
import { useAutosave } from '../../useAutosave';
import { useConfirm } from '../../useConfirm';
import { indicatorHint } from './indicatorHint';
import { type ReportFormFields, type ReportInput, reportFormSchemaFor } from './reportFormValues';
import type { ReportDetails } from './reportTypes';
import { ReviewFields } from './ReviewFields';

interface ReportFormProps {
  taskId: string;
  report: ReportDetails;
  defaultValues: ReportFormFields;
  /** The subordinates' totals, when any of them has reported. */
  aggregates: Record<string, number | null> | null;
  /** The unit's report sums its subordinates' (its draft is kept apart from a plain report's). */
  isConsolidation: boolean;
  /** The day the round opens, while its period has not started: the form may be prepared (and autosaved), not sent. */
  opensOn: string | null;
}

export function ReportForm({ taskId, report, defaultValues, aggregates, isConsolidation, opensOn }: ReportFormProps) {
  const idempotency = useIdempotencyKey();
  const schema = useMemo(
    () => reportFormSchemaFor(report.form, { unitIds: report.units.map((u) => u.id) }, report.indicators),
    [report.form, report.units, report.indicators],
  );
  const form = useForm<ReportFormFields, unknown, ReportInput>({ resolver: zodResolver(schema), defaultValues });
  const autosave = useAutosave(form, { taskId, form: isConsolidation ? 'consolidation' : 'report' });
  const showSentReport = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.tasks.get.queryKey({ taskId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() }),
    ]);
  const submitReport = useMutation(
    trpc.reports.submit.mutationOptions({
      onSuccess: () => {
        idempotency.succeeded();
        autosave.clear();
        return showSentReport();
      },
      // Someone else in the unit sent it first: show what was sent instead of this form.
      onError: (error) => (isConflict(error) ? showSentReport() : undefined),
    }),
  );
  const errors = form.formState.errors;
  const files = useMemo(() => fileTransferFor(taskId), [taskId]);

  const fillFromSubordinates = () => {
    for (const { key } of report.indicators)
      form.setValue(`values.${key}`, toNumberInput(aggregates?.[key]), { shouldDirty: true });
  };

  const confirm = useConfirm();
  const sendLabel = report.needsSignOff ? 'Trình lãnh đạo ký duyệt' : 'Gửi báo cáo';
  const submit = form.handleSubmit((input) => {
    const action = { taskId, ...input };
    const what = report.round.label.toLocaleLowerCase('vi');
    confirm(
      report.needsSignOff
        ? {
            title: `Trình lãnh đạo ký duyệt ${what}?`,
            content:
              'Báo cáo được trình lãnh đạo đơn vị; chỉ khi lãnh đạo ký duyệt, báo cáo mới được gửi tới đơn vị nhận. Trong khi chờ không sửa được, trừ khi lãnh đạo trả lại.',
            okText: sendLabel,
          }
        : {
            title: `Gửi ${what}?`,
            content:
              'Báo cáo được gửi tới đơn vị nhận và được tính vào tổng hợp. Sau khi gửi không sửa được, trừ khi đơn vị nhận trả lại.',
            okText: sendLabel,
          },
      () => submitReport.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) }),
    );
  });

  return (
    <FormProvider {...form}>
      <form className="card" onSubmit={submit} noValidate aria-label="Nhập báo cáo">
        <div className="card-title">
          <h2>Số liệu báo cáo</h2>
          {aggregates && (
            <button type="button" className="button-secondary" onClick={fillFromSubordinates}>
              Điền số liệu tổng hợp từ cấp dưới
            </button>
          )}
        </div>
        <div className="indicator-fields">
          {report.indicators.map((indicator) => (
            <Field
              key={indicator.key}
              label={indicator.required ? `${indicator.label} *` : indicator.label}
              hint={indicatorHint(indicator)}
              error={errors.values?.[indicator.key]?.message}
            >
              <span className="input-with-unit">
                <input
                  {...form.register(`values.${indicator.key}`)}
                  inputMode="decimal"
                  className="input-short"
                  aria-required={indicator.required ?? false}
                />
                {indicator.unit && <span className="input-unit">{indicator.unit}</span>}
              </span>
            </Field>
          ))}
        </div>
        {report.form && (
          <fieldset>
            <legend>Nội dung báo cáo</legend>
            <FileTransferContext value={files}>
              <FormFields definition={report.form} units={report.units} />
            </FileTransferContext>
          </fieldset>
        )}
        <Field label="Thuyết minh kết quả" error={errors.narrative?.message}>
          <textarea rows={6} {...form.register('narrative')} />
        </Field>
        {report.round.review && (
          <ReviewFields kind={report.round.review} register={form.register} errors={errors.review} />
        )}
        <AutosaveStatus {...autosave} onDiscard={autosave.dropRestored} />
        <ErrorNotice error={submitReport.error} />
        <div className="actions">
          <button type="submit" disabled={submitReport.isPending || opensOn !== null}>
            {submitReport.isPending ? 'Đang gửi…' : sendLabel}
          </button>
          {opensOn && <span className="muted">Gửi được từ ngày {formatVnDate(opensOn)}</span>}
        </div>
      </form>
    </FormProvider>
  );
}
