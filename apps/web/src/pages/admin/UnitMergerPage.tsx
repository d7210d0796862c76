import { formatVnDate } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { trpc } from '../../trpc';
import { UnitMergerForm } from './UnitMergerForm';
import { activeUnitOptions, recordedMergers } from './unitOptions';

/** Sáp nhập đơn vị: the merged unit's open obligations in running plans pass to its successor. */
export function UnitMergerPage() {
  const units = useQuery(trpc.admin.units.queryOptions());
  if (units.isPending) return <p className="loading">Đang tải…</p>;
  if (units.isError) return <ErrorNotice error={units.error} />;
  const mergers = recordedMergers(units.data);
  return (
    <section>
      <h1>Sáp nhập đơn vị</h1>
      <p className="muted">
        Từ ngày hiệu lực, đơn vị bị sáp nhập thôi hoạt động; các kế hoạch, báo cáo chưa hoàn thành của đơn vị được
        chuyển cho đơn vị kế thừa.
      </p>
      <UnitMergerForm options={activeUnitOptions(units.data)} />
      <h2>Đã sáp nhập</h2>
      {mergers.length === 0 && <p className="empty">Chưa ghi nhận việc sáp nhập nào.</p>}
      {mergers.length > 0 && (
        <table className="table" aria-label="Đơn vị đã sáp nhập">
          <thead>
            <tr>
              <th>Đơn vị bị sáp nhập</th>
              <th>Đơn vị kế thừa</th>
              <th>Ngày hiệu lực</th>
            </tr>
          </thead>
          <tbody>
            {mergers.map((m) => (
              <tr key={`${m.unitName}-${m.effectiveOn}`}>
                <td>{m.unitName}</td>
                <td>{m.successorName}</td>
                <td className="nowrap">{formatVnDate(m.effectiveOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
