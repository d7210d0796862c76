import { FormValuesView } from '@cascade/forms/react';
import { Fragment } from 'react';
import { formatVnDay } from '../../dates';
import { formatIndicatorValue } from '../../numbers';
import { storedReviewSchema } from './reportFormValues';
import type { ReportDetails } from './reportTypes';
import { SubmittedReview } from './SubmittedReview';
import { SignOffDecision } from './SignOffDecision';

type SignOff = NonNullable<ReportDetails['signOff']>;

/** A report the officer submitted, waiting for the unit leader: read-only, with the leader's decision when it is theirs. */
export function AwaitingSignOff({
  taskId,
  report,
  signOff,
}: {
  taskId: string;
  report: ReportDetails;
  signOff: SignOff;
}) {
  const { submission } = signOff;
  const review = storedReviewSchema.safeParse(submission.review);
  return (
    <section className="card" aria-label="Báo cáo chờ ký duyệt">
      <p className="notice notice-warning" role="status">
        Chờ lãnh đạo ký duyệt: {signOff.submittedByName} trình ngày {formatVnDay(signOff.submittedAt)}. Báo cáo chưa
        được gửi tới đơn vị nhận.
      </p>
      <dl className="facts">
        {report.indicators.map((indicator) => (
          <Fragment key={indicator.key}>
            <dt>{indicator.label}</dt>
            <dd>{formatIndicatorValue(submission.values[indicator.key])}</dd>
          </Fragment>
        ))}
        <dt>Thuyết minh kết quả</dt>
        <dd className="prose">{submission.narrative || '—'}</dd>
      </dl>
      {report.form && <FormValuesView definition={report.form} values={submission.details} units={report.units} />}
      {review.success && <SubmittedReview review={review.data} />}
      {signOff.canDecide && <SignOffDecision taskId={taskId} roundLabel={report.round.label} />}
    </section>
  );
}
