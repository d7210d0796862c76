import { formatVnDate, type PlanIssue } from '@cascade/domain';
import { hrefTo } from '../routes';

export function IssuedPlan({
  planId,
  issue,
  focalUnitName,
}: {
  planId: string;
  issue: PlanIssue;
  focalUnitName: string | undefined;
}) {
  return (
    <section className="card issued" aria-label="Văn bản đã ban hành">
      <h2>Đã ban hành</h2>
      <dl className="facts">
        <dt>Số, ký hiệu</dt>
        <dd>{issue.documentNumber}</dd>
        <dt>Ngày ban hành</dt>
        <dd>{formatVnDate(issue.issuedOn)}</dd>
        <dt>Người ký</dt>
        <dd>
          {issue.signingCapacity} {issue.signerTitle} — {issue.signerName}
        </dd>
        <dt>Nơi nhận</dt>
        <dd className="prose">{issue.recipients.length ? issue.recipients.join('\n') : '—'}</dd>
        <dt>Hạn đơn vị cấp dưới ban hành kế hoạch</dt>
        <dd>{issue.subPlanDueOn ? formatVnDate(issue.subPlanDueOn) : 'Không giao'}</dd>
        <dt>Đơn vị đầu mối tổng hợp báo cáo</dt>
        <dd>{focalUnitName ?? 'Chính đơn vị ban hành'}</dd>
      </dl>
      <a href={hrefTo.progress(planId)}>Xem tiến độ triển khai</a>
    </section>
  );
}
