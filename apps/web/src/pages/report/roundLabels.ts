import { formatVnDate, type ReviewKind } from '@cascade/domain';

export const reviewLabels: Record<ReviewKind, string> = { midYear: 'Sơ kết', annual: 'Tổng kết' };

/** Kỳ báo cáo: the days the data covers, "15/12/2026 – 14/06/2027". */
export const formatCutoff = (cutoff: { from: string; to: string }) =>
  `${formatVnDate(cutoff.from)} – ${formatVnDate(cutoff.to)}`;
