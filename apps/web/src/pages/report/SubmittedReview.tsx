import type { z } from 'zod';
import { formatIndicatorValue } from '../../numbers';
import type { storedReviewSchema } from './reportFormValues';

export function SubmittedReview({ review }: { review: z.infer<typeof storedReviewSchema> }) {
  return (
    <>
      <h3>Đánh giá</h3>
      <dl className="facts">
        <dt>Kết quả so với chỉ tiêu</dt>
        <dd className="prose">{review.results}</dd>
        <dt>Hạn chế</dt>
        <dd className="prose">{review.limitations || '—'}</dd>
        <dt>Đề xuất</dt>
        <dd className="prose">{review.proposals || '—'}</dd>
        <dt>Điểm tự chấm</dt>
        <dd>{formatIndicatorValue(review.selfScore)}</dd>
        <dt>Đề nghị khen thưởng</dt>
        <dd>
          {review.commendations.length === 0 ? (
            '—'
          ) : (
            <ul className="plain-list">
              {review.commendations.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </>
  );
}
