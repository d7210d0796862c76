import type { PlanIssue } from '@cascade/domain';
import { formatVnDate } from '@cascade/domain';
import { hrefTo } from '../routes';

/** The plan a task implements, one click from its page: a sub-plan's parent, or a report's own plan. */
export function ParentPlanNote({
  parentPlan,
  label = 'Triển khai kế hoạch cấp trên',
}: {
  parentPlan: { id: string; title: string; issue: PlanIssue | null };
  label?: string;
}) {
  const { issue } = parentPlan;
  return (
    <aside className="card parent-plan">
      <span className="field-label">{label}</span>
      <strong>{parentPlan.title}</strong>
      {issue && (
        <span>
          Số, ký hiệu: {issue.documentNumber}, ban hành ngày {formatVnDate(issue.issuedOn)}
        </span>
      )}
      <a href={hrefTo.plan(parentPlan.id)}>Xem toàn văn kế hoạch và các kế hoạch cấp trên</a>
    </aside>
  );
}
