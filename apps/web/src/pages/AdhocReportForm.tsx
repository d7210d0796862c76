import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { todayInVietnam } from '../dates';
import { useIdempotencyKey } from '../idempotency';
import { queryClient, trpc } from '../trpc';
import { formOfQuestions, questionSchema } from './adhocQuestions';
import { AdhocQuestionsField } from './AdhocQuestionsField';
import { FormDateInput } from '../components/FormDateInput';

export const adhocReportSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'Nhập tên báo cáo đột xuất')
    .max(300, 'Tên báo cáo tối đa 300 ký tự')
    .transform((label) => label.normalize('NFC')),
  dueOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Chọn hạn nộp')
    .refine((dueOn) => dueOn >= todayInVietnam(), 'Hạn nộp không được trước hôm nay'),
  questions: z.array(questionSchema).max(30, 'Tối đa 30 câu hỏi'),
});
export type AdhocReportFormValues = z.input<typeof adhocReportSchema>;

/** Báo cáo đột xuất: every unit under the plan owes one more report, by the date asked. */
export function AdhocReportForm({ planId, onClose }: { planId: string; onClose: () => void }) {
  const idempotency = useIdempotencyKey();
  const form = useForm({
    resolver: zodResolver(adhocReportSchema),
    defaultValues: { label: '', dueOn: '', questions: [] },
  });
  const request = useMutation(
    trpc.reports.requestAdhoc.mutationOptions({
      onSuccess: () => {
        idempotency.succeeded();
        form.reset();
        return queryClient.invalidateQueries({ queryKey: trpc.plans.progress.queryKey({ planId }) });
      },
    }),
  );
  const errors = form.formState.errors;
  const submit = form.handleSubmit(({ questions, ...adhoc }) => {
    const action = { planId, ...adhoc, form: formOfQuestions(questions) };
    request.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) });
  });

  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Yêu cầu báo cáo đột xuất">
      <h2>Yêu cầu báo cáo đột xuất</h2>
      <p className="muted">
        Mọi đơn vị triển khai kế hoạch này sẽ nhận nhiệm vụ báo cáo; đơn vị cấp dưới nữa nộp sớm hơn 5 ngày mỗi cấp.
      </p>
      <div className="row">
        <Field label="Tên báo cáo" error={errors.label?.message}>
          <input {...form.register('label')} placeholder="Báo cáo kết quả tiếp công dân quý III" />
        </Field>
        <Field label="Hạn nộp" error={errors.dueOn?.message}>
          <FormDateInput control={form.control} name="dueOn" />
        </Field>
      </div>
      <AdhocQuestionsField control={form.control} register={form.register} errors={errors.questions} />
      <ErrorNotice error={request.error} />
      {request.isSuccess && (
        <p className="notice notice-success" role="status">
          Đã gửi yêu cầu báo cáo đột xuất tới các đơn vị.
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={request.isPending}>
          Gửi yêu cầu
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          Đóng
        </button>
      </div>
    </form>
  );
}
