export type AggregateRule = 'sum' | 'average' | 'min' | 'max' | 'count';

/** Combines subordinates' values of one indicator; missing values are ignored, not read as 0. */
export function aggregate(rule: AggregateRule, values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => value !== null && value !== undefined);
  switch (rule) {
    case 'count':
      return present.length;
    case 'sum':
      return present.reduce((total, value) => total + value, 0);
    case 'average':
      return present.length === 0 ? null : present.reduce((total, value) => total + value, 0) / present.length;
    case 'min':
      return present.length === 0 ? null : Math.min(...present);
    case 'max':
      return present.length === 0 ? null : Math.max(...present);
  }
}

/** A consolidation's indicators: each indicator aggregated over the subordinates' reports by its own rule. */
export function aggregateIndicators(
  indicators: readonly { key: string; aggregate: AggregateRule }[],
  reports: readonly Record<string, number | null | undefined>[],
): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  for (const indicator of indicators) {
    totals[indicator.key] = aggregate(
      indicator.aggregate,
      reports.map((report) => report[indicator.key]),
    );
  }
  return totals;
}
