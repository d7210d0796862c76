import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { queryClient, trpc } from '../../trpc';
import { FormDateInput } from '../../components/FormDateInput';

export const calendarDaySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Chọn ngày'),
  kind: z.enum(['dayOff', 'workingDay']),
  note: z
    .string()
    .trim()
    .min(1, 'Nhập ghi chú (ví dụ: nghỉ bù Tết)')
    .max(200, 'Ghi chú tối đa 200 ký tự')
    .transform((note) => note.normalize('NFC')),
});

export function CalendarDayForm() {
  const form = useForm({
    resolver: zodResolver(calendarDaySchema),
    defaultValues: { date: '', kind: 'dayOff' as const, note: '' },
  });
  const save = useMutation(
    trpc.admin.setCalendarDay.mutationOptions({
      onSuccess: (list) => {
        queryClient.setQueryData(trpc.admin.calendarDays.queryKey(), list);
        form.reset();
      },
    }),
  );
  const errors = form.formState.errors;
  return (
    <form
      className="card"
      onSubmit={form.handleSubmit((day) => save.mutate(day))}
      noValidate
      aria-label="Thêm ngày nghỉ, ngày làm bù"
    >
      <h2>Thêm ngày</h2>
      <div className="row">
        <Field label="Ngày" error={errors.date?.message}>
          <FormDateInput control={form.control} name="date" />
        </Field>
        <Field label="Loại ngày" error={errors.kind?.message}>
          <select {...form.register('kind')}>
            <option value="dayOff">Ngày nghỉ</option>
            <option value="workingDay">Ngày làm bù</option>
          </select>
        </Field>
        <Field label="Ghi chú" error={errors.note?.message}>
          <input {...form.register('note')} placeholder="Nghỉ bù Tết Nguyên đán" />
        </Field>
      </div>
      <ErrorNotice error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          Thêm ngày
        </button>
      </div>
    </form>
  );
}
