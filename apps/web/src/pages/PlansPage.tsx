import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice';
import { findRoots } from '../planTree';
import { hrefTo } from '../routes';
import { trpc } from '../trpc';

const planStatusLabels = {
  drafting: 'Đang dự thảo',
  issued: 'Đã ban hành',
  closed: 'Đã tổng kết, kết thúc năm',
} as const;

/** Theo dõi: the plans in the viewer's scope; each opens the progress of its whole cascade. */
export function PlansPage() {
  const plans = useQuery(trpc.plans.list.queryOptions());
  if (plans.isPending) return <p className="loading">Đang tải…</p>;
  if (plans.isError) return <ErrorNotice error={plans.error} />;
  const rows = plans.data.map((p) => ({ ...p, planId: p.id }));
  const roots = findRoots(rows);

  return (
    <section>
      <h1>Theo dõi kế hoạch</h1>
      {roots.length === 0 && <p className="empty">Chưa có kế hoạch nào trong phạm vi theo dõi.</p>}
      {roots.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Kế hoạch</th>
              <th>Đơn vị ban hành</th>
              <th>Năm</th>
              <th>Tình trạng</th>
              <th>Kế hoạch cấp dưới</th>
            </tr>
          </thead>
          <tbody>
            {roots.map((plan) => (
              <tr key={plan.id}>
                <td>
                  <a href={hrefTo.progress(plan.id)}>{plan.title}</a>
                </td>
                <td>{plan.unitName}</td>
                <td>{plan.year}</td>
                <td>{planStatusLabels[plan.status]}</td>
                <td>{rows.filter((r) => r.parentPlanId === plan.id).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
