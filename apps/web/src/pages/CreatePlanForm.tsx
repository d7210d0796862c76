import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { useIdempotencyKey } from '../idempotency';
import { hrefTo, navigate } from '../routes';
import { queryClient, trpc } from '../trpc';

export const newPlanSchema = z.object({
  templateId: z.string().min(1, 'Chọn mẫu kế hoạch'),
  title: z.string().trim().min(1, 'Nhập tên kế hoạch').max(500, 'Tên kế hoạch quá dài'),
  year: z.coerce
    .number<string>()
    .int('Năm phải là số nguyên')
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ'),
});

export function CreatePlanForm({ onCancel }: { onCancel: () => void }) {
  const templates = useQuery(trpc.plans.templates.queryOptions());
  const idempotency = useIdempotencyKey();
  const form = useForm({
    resolver: zodResolver(newPlanSchema),
    defaultValues: { templateId: '', title: '', year: String(new Date().getFullYear() + 1) },
  });
  const create = useMutation(
    trpc.plans.create.mutationOptions({
      onSuccess: async ({ taskId }) => {
        idempotency.succeeded();
        await queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() });
        navigate(hrefTo.task(taskId));
      },
    }),
  );
  const errors = form.formState.errors;
  const onlyTemplateId = templates.data?.length === 1 ? templates.data[0]?.id : undefined;

  useEffect(() => {
    if (onlyTemplateId && !form.getValues('templateId')) form.setValue('templateId', onlyTemplateId);
  }, [onlyTemplateId, form]);

  const submit = form.handleSubmit((plan) => {
    const normalized = { ...plan, title: plan.title.normalize('NFC') };
    create.mutate({ ...normalized, idempotencyKey: idempotency.keyFor(normalized) });
  });

  return (
    <form className="card" onSubmit={submit} aria-label="Tạo kế hoạch mới">
      <h2>Tạo kế hoạch mới</h2>
      <Field label="Mẫu kế hoạch" error={errors.templateId?.message}>
        <select {...form.register('templateId')}>
          <option value="">— Chọn mẫu —</option>
          {templates.data?.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} (phiên bản {t.version})
            </option>
          ))}
        </select>
      </Field>
      <Field label="Tên kế hoạch" error={errors.title?.message}>
        <input {...form.register('title')} placeholder="Kế hoạch thực hiện công tác dân vận chính quyền năm …" />
      </Field>
      <Field label="Năm" error={errors.year?.message}>
        <input {...form.register('year')} inputMode="numeric" className="input-short" />
      </Field>
      <ErrorNotice error={templates.error ?? create.error} />
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          Tạo kế hoạch
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
