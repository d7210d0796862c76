import { aggregate } from '@cascade/domain';
import type { Indicator, IndicatorValues } from '@cascade/workflows';

/** What a unit reports: per indicator, its own value aggregated with its subordinates' by the indicator's rule. */
export function consolidatedValues(
  indicators: readonly Indicator[],
  own: IndicatorValues,
  subordinates: readonly IndicatorValues[],
): IndicatorValues {
  return Object.fromEntries(indicators.map((i) => [i.key, aggregatePresent(i, [own, ...subordinates])]));
}

/** null when no one gave a value: "no data" stays apart from a counted 0. */
export function aggregatePresent(
  indicator: Pick<Indicator, 'key' | 'aggregate'>,
  reports: readonly IndicatorValues[],
): number | null {
  const values = reports
    .map((report) => report[indicator.key])
    .filter((value) => value !== null && value !== undefined);
  return values.length === 0 ? null : aggregate(indicator.aggregate, values);
}
