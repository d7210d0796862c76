import { formatVnDate } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { trpc } from '../../trpc';

const levelHeadings = ['Cấp 1 (trực thuộc đơn vị ban hành)', 'Cấp 2', 'Cấp 3', 'Cấp 4'];

/** Read-only: this year's rounds as a plan created today would get them, due dates per level, holidays and the admin's calendar applied. */
export function SchedulePreview({ templateId }: { templateId: string }) {
  const year = new Date().getFullYear();
  const preview = useQuery(trpc.admin.previewSchedule.queryOptions({ id: templateId, year }));
  return (
    <section className="card" aria-label="Hạn nộp theo cấp">
      <h2>Hạn nộp theo cấp, năm {year}</h2>
      <ErrorNotice error={preview.error} />
      {preview.isPending && <p className="loading">Đang tải…</p>}
      {preview.data && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>Kỳ báo cáo</th>
                {levelHeadings.map((heading) => (
                  <th key={heading}>{heading}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.data.map((round) => (
                <tr key={round.key}>
                  <th scope="row">{round.label}</th>
                  {round.dueOnByLevel.map((dueOn, level) => (
                    <td key={level} className="nowrap">
                      {formatVnDate(dueOn)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
