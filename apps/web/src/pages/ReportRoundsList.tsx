import { formatVnDate } from '@cascade/domain';

/** The plan's report rounds, scheduled and ad hoc, with the date its direct subordinates report by. */
export function ReportRoundsList({
  rounds,
}: {
  rounds: { key: string; label: string; period: string; dueOn: string | null }[];
}) {
  if (rounds.length === 0) return null;
  return (
    <section className="report-rounds" aria-label="Kỳ báo cáo">
      <h2>Kỳ báo cáo</h2>
      <table className="table">
        <thead>
          <tr>
            <th>Kỳ báo cáo</th>
            <th>Hạn nộp của đơn vị trực thuộc</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.key}>
              <td>
                {round.label}
                {round.period === 'adhoc' && <span className="muted"> · đột xuất</span>}
              </td>
              <td className="nowrap">{round.dueOn ? formatVnDate(round.dueOn) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
