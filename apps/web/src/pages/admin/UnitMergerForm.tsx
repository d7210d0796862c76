import { formatVnDate } from '@cascade/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { queryClient, trpc } from '../../trpc';
import { FormDateInput } from '../../components/FormDateInput';

export const unitMergerSchema = z.object({
  unitId: z.string().min(1, 'Chọn đơn vị bị sáp nhập'),
  successorUnitId: z.string().min(1, 'Chọn đơn vị kế thừa'),
  effectiveOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Chọn ngày hiệu lực'),
});
type UnitMerger = z.infer<typeof unitMergerSchema>;

/** Two steps: the administrator names both sides and the date, then confirms what will happen. */
export function UnitMergerForm({ options }: { options: { id: string; label: string }[] }) {
  const form = useForm({
    resolver: zodResolver(unitMergerSchema),
    defaultValues: { unitId: '', successorUnitId: '', effectiveOn: '' },
  });
  const [pending, setPending] = useState<UnitMerger | null>(null);
  const merge = useMutation(
    trpc.admin.mergeUnit.mutationOptions({
      onSuccess: () => {
        setPending(null);
        form.reset();
        return queryClient.invalidateQueries({ queryKey: trpc.admin.units.queryKey() });
      },
    }),
  );
  const errors = form.formState.errors;
  const labelOf = (id: string) => options.find((o) => o.id === id)?.label ?? id;

  return (
    <form
      className="card"
      onSubmit={form.handleSubmit((merger) => {
        merge.reset();
        setPending(merger);
      })}
      noValidate
      aria-label="Ghi nhận sáp nhập đơn vị"
    >
      <h2>Ghi nhận sáp nhập</h2>
      <div className="row">
        <Field label="Đơn vị bị sáp nhập" error={errors.unitId?.message}>
          <select {...form.register('unitId')} disabled={pending !== null}>
            <option value="">— Chọn đơn vị —</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Đơn vị kế thừa" error={errors.successorUnitId?.message}>
          <select {...form.register('successorUnitId')} disabled={pending !== null}>
            <option value="">— Chọn đơn vị —</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Ngày hiệu lực" error={errors.effectiveOn?.message}>
          <FormDateInput control={form.control} name="effectiveOn" disabled={pending !== null} />
        </Field>
      </div>
      {pending && (
        <div className="card confirm" role="group" aria-label="Xác nhận sáp nhập">
          <p>
            Từ ngày {formatVnDate(pending.effectiveOn)}, <strong>{labelOf(pending.unitId)}</strong> được sáp nhập vào{' '}
            <strong>{labelOf(pending.successorUnitId)}</strong>. Các kế hoạch, báo cáo chưa hoàn thành của đơn vị sẽ
            chuyển cho đơn vị kế thừa. Việc này không hoàn tác được.
          </p>
          <ErrorNotice error={merge.error} />
          <div className="actions">
            <button type="button" disabled={merge.isPending} onClick={() => merge.mutate(pending)}>
              Xác nhận sáp nhập
            </button>
            <button type="button" className="button-secondary" onClick={() => setPending(null)}>
              Quay lại
            </button>
          </div>
        </div>
      )}
      {merge.isSuccess && (
        <p className="notice notice-success" role="status">
          Đã ghi nhận sáp nhập; {merge.data.plans} kế hoạch đang thực hiện đã được chuyển giao.
        </p>
      )}
      {!pending && (
        <div className="actions">
          <button type="submit">Sáp nhập…</button>
        </div>
      )}
    </form>
  );
}
