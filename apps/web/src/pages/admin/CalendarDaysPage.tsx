import { formatVnDate } from '@cascade/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { queryClient, trpc } from '../../trpc';
import { CalendarDayForm } from './CalendarDayForm';

export const calendarDayKindLabels = { dayOff: 'Ngày nghỉ', workingDay: 'Ngày làm bù' } as const;

/** Extra days off (Tết bridges) and make-up working days: due dates of plans created afterwards move around them. */
export function CalendarDaysPage() {
  const days = useQuery(trpc.admin.calendarDays.queryOptions());
  const remove = useMutation(
    trpc.admin.removeCalendarDay.mutationOptions({
      onSuccess: (list) => queryClient.setQueryData(trpc.admin.calendarDays.queryKey(), list),
    }),
  );

  return (
    <section>
      <h1>Ngày nghỉ, ngày làm bù</h1>
      <p className="muted">
        Ngoài ngày nghỉ lễ, Tết theo quy định, hạn nộp của các kế hoạch tạo sau khi cập nhật sẽ tránh các ngày nghỉ và
        tính các ngày làm bù dưới đây. Quản trị viên cấp tỉnh thêm ngày riêng của tỉnh; chúng chỉ áp dụng cho các đơn vị
        trong tỉnh.
      </p>
      <CalendarDayForm />
      <ErrorNotice error={days.error ?? remove.error} />
      {days.isPending && <p className="loading">Đang tải…</p>}
      {days.data?.length === 0 && <p className="empty">Chưa có ngày nghỉ hay ngày làm bù nào.</p>}
      {days.data && days.data.length > 0 && (
        <table className="table" aria-label="Danh sách ngày nghỉ, ngày làm bù">
          <thead>
            <tr>
              <th>Ngày</th>
              <th>Loại</th>
              <th>Phạm vi</th>
              <th>Ghi chú</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {days.data.map((day) => (
              <tr key={`${day.provinceId ?? ''}-${day.date}`}>
                <td className="nowrap">{formatVnDate(day.date)}</td>
                <td>{calendarDayKindLabels[day.kind]}</td>
                <td>{day.provinceId ? 'Riêng của tỉnh' : 'Toàn quốc'}</td>
                <td>{day.note}</td>
                <td>
                  {day.editable && (
                    <button
                      type="button"
                      className="button-link"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ date: day.date })}
                    >
                      Xóa ngày {formatVnDate(day.date)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
