import type { TaskStatus } from '@cascade/domain';
import { FormValuesView } from '@cascade/forms/react';
import { DocumentActions } from '../../components/DocumentActions';
import { formatVnDay } from '../../dates';
import { formatIndicatorValue } from '../../numbers';
import type { ReportDetails } from './reportTypes';
import { storedReviewSchema } from './reportFormValues';
import { SubmittedReview } from './SubmittedReview';

const timeliness: Partial<Record<TaskStatus, string>> = { onTime: ' (đúng hạn)', late: ' (quá hạn)' };

type Submission = NonNullable<ReportDetails['latest']>;

/** A report that was sent and not returned can no longer be edited; the unit sees what it sent. */
export function SubmittedReport({
  taskId,
  report,
  latest,
  status,
  signedOff,
}: {
  taskId: string;
  report: ReportDetails;
  latest: Submission;
  status: TaskStatus;
  /** Who signed the report off before it was sent, when the template asks for it. */
  signedOff: { decidedByName: string | null; decidedAt: Date | string | null } | null;
}) {
  const review = storedReviewSchema.safeParse(latest.review);
  return (
    <section className="card" aria-label="Báo cáo đã gửi">
      <p className="notice notice-success" role="status">
        Đã gửi báo cáo{timeliness[status] ?? ''}
      </p>
      <DocumentActions href={`/documents/reports/${encodeURIComponent(taskId)}`} label="báo cáo" />
      <dl className="facts">
        <dt>Ngày gửi</dt>
        <dd>{formatVnDay(latest.submittedAt)}</dd>
        {signedOff && (
          <>
            <dt>Lãnh đạo ký duyệt</dt>
            <dd>
              {signedOff.decidedByName ?? '—'}, ngày {formatVnDay(signedOff.decidedAt)}
            </dd>
          </>
        )}
        {report.indicators.map((indicator) => (
          <IndicatorFact
            key={indicator.key}
            label={indicator.label}
            value={latest.values[indicator.key]}
            target={indicator.target}
          />
        ))}
        <dt>Thuyết minh kết quả</dt>
        <dd className="prose">{latest.narrative || '—'}</dd>
      </dl>
      {report.form && <FormValuesView definition={report.form} values={latest.details} units={report.units} />}
      {review.success && <SubmittedReview review={review.data} />}
    </section>
  );
}

function IndicatorFact({
  label,
  value,
  target,
}: {
  label: string;
  value: number | null | undefined;
  target: number | null;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {formatIndicatorValue(value)}
        {target !== null && <span className="muted"> / chỉ tiêu {formatIndicatorValue(target)}</span>}
      </dd>
    </>
  );
}
