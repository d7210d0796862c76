import { type AggregateRule, type IndicatorBounds, indicatorRangeText } from '@cascade/domain';
import { formatIndicatorValue } from '../../numbers';

const aggregateRuleLabels: Record<AggregateRule, string> = {
  sum: 'cộng số liệu của các đơn vị',
  average: 'trung bình cộng của các đơn vị',
  min: 'giá trị nhỏ nhất trong các đơn vị',
  max: 'giá trị lớn nhất trong các đơn vị',
  count: 'số đơn vị có số liệu',
};

/** "Chỉ tiêu: 2 · Tổng hợp: cộng số liệu của các đơn vị" — what to aim for and how the level above adds it up. */
export function indicatorHint(
  indicator: IndicatorBounds & { aggregate: AggregateRule; target: number | null },
): string {
  const rule = `Tổng hợp: ${aggregateRuleLabels[indicator.aggregate]}`;
  const range = indicator.unit || indicator.max ? ` · Nhập ${indicatorRangeText(indicator)}` : '';
  return (indicator.target === null ? rule : `Chỉ tiêu: ${formatIndicatorValue(indicator.target)} · ${rule}`) + range;
}
