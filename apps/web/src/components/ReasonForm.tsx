import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';

export const reasonSchema = z.object({
  reason: z.string().trim().min(1, 'Nhập lý do trả lại').max(2_000, 'Lý do trả lại tối đa 2.000 ký tự'),
});

interface ReasonFormProps {
  /** Names the form for assistive technology, e.g. "Trả lại báo cáo của Phường Pleiku". */
  title: string;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Sending something back always says why: the reason is what the other unit reads. */
export function ReasonForm({ title, submitLabel, isPending, error, onSubmit, onCancel }: ReasonFormProps) {
  const form = useForm({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });
  const submit = form.handleSubmit(({ reason }) => onSubmit(reason));
  return (
    <form className="reason-form" onSubmit={submit} noValidate aria-label={title}>
      <Field label="Lý do trả lại" error={form.formState.errors.reason?.message}>
        <textarea rows={3} {...form.register('reason')} autoFocus />
      </Field>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" disabled={isPending}>
          {submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
