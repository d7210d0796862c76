import type { PlanIssue } from '@cascade/domain';
import { formatVnDate } from '@cascade/domain';

export function ParentPlanNote({ parentPlan }: { parentPlan: { title: string; issue: PlanIssue | null } }) {
  const { issue } = parentPlan;
  return (
    <aside className="card parent-plan">
      <span className="field-label">Triển khai kế hoạch cấp trên</span>
      <strong>{parentPlan.title}</strong>
      {issue && (
        <span>
          Số, ký hiệu: {issue.documentNumber}, ban hành ngày {formatVnDate(issue.issuedOn)}
        </span>
      )}
    </aside>
  );
}
