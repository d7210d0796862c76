import { formatVnDay } from '../../dates';
import type { ReportRound } from './reportTypes';
import { formatCutoff, reviewLabels } from './roundLabels';

interface ReportRoundFactsProps {
  round: ReportRound;
  planTitle: string;
  unitName: string;
  dueAt: Date | string | null;
}

export function ReportRoundFacts({ round, planTitle, unitName, dueAt }: ReportRoundFactsProps) {
  return (
    <dl className="facts card">
      <dt>Kế hoạch</dt>
      <dd>{planTitle}</dd>
      <dt>Đơn vị báo cáo</dt>
      <dd>{unitName}</dd>
      <dt>Kỳ báo cáo</dt>
      <dd>{formatCutoff(round.cutoff)}</dd>
      <dt>Hạn nộp</dt>
      <dd>{formatVnDay(dueAt)}</dd>
      {round.review && (
        <>
          <dt>Đánh giá</dt>
          <dd>{reviewLabels[round.review]} (kết quả, hạn chế, đề xuất, tự chấm điểm, khen thưởng)</dd>
        </>
      )}
    </dl>
  );
}
