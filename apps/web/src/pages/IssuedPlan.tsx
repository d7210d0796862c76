import { formatVnDate, type PlanIssue } from '@cascade/domain';
import { DocumentActions } from '../components/DocumentActions';
import { hrefTo } from '../routes';

export function IssuedPlan({
  planId,
  issue,
  signingLines,
  focalUnitName,
}: {
  planId: string;
  issue: PlanIssue;
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (Decree 30/2020). */
  signingLines: string[];
  focalUnitName: string | undefined;
}) {
  return (
    <section className="card issued no-print" aria-label="Văn bản đã ban hành">
      <div className="card-title">
        <h2>Đã ban hành</h2>
        <DocumentActions href={`/documents/plans/${encodeURIComponent(planId)}`} label="kế hoạch" />
      </div>
      <dl className="facts">
        <dt>Số, ký hiệu</dt>
        <dd>{issue.documentNumber}</dd>
        <dt>Ngày ban hành</dt>
        <dd>{formatVnDate(issue.issuedOn)}</dd>
        <dt>Người ký</dt>
        <dd className="signing-lines">
          {signingLines.map((line) => (
            <span key={line}>{line}</span>
          ))}
          <span>{issue.signerName}</span>
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
