import { type AggregateRule, aggregate } from './aggregate';

export interface IndicatorSpec {
  key: string;
  label: string;
  aggregate: AggregateRule;
  target: number | null;
}

export interface IndicatorRow {
  planId: string;
  parentPlanId: string | null;
  level: number;
  /** What the unit itself reported this round (a consolidation for a unit with subordinates); null if nothing. */
  values: Record<string, number | null> | null;
  /** The unit's own targets (its plan's), by indicator key; a missing key falls back to the indicator's target. */
  targets: Record<string, number | null>;
}

export interface IndicatorFigure {
  value: number | null;
  target: number | null;
  /** value ÷ target (0.85 = 85 %); null without a target or a value. */
  achieved: number | null;
}

/** The values of the units at the bottom of a subtree, carried up so each rule combines them exactly once. */
interface Carry {
  sum: number;
  count: number;
  min: number;
  max: number;
}

const empty = (): Carry => ({ sum: 0, count: 0, min: Infinity, max: -Infinity });

function merge(into: Carry, from: Carry) {
  into.sum += from.sum;
  into.count += from.count;
  into.min = Math.min(into.min, from.min);
  into.max = Math.max(into.max, from.max);
}

function resultOf(rule: AggregateRule, p: Carry): number | null {
  if (rule === 'count') return p.count;
  if (rule === 'sum') return p.sum;
  if (p.count === 0) return null;
  return rule === 'average' ? p.sum / p.count : rule === 'min' ? p.min : p.max;
}

export const achievedOf = (value: number | null, target: number | null) =>
  value === null || target === null || target === 0 ? null : value / target;

/**
 * Each indicator summed up the tree by its own rule over the reports of the units at the bottom of each subtree
 * (their consolidations above are not counted again), one pass bottom-up; and, per level, the rule applied to what the
 * units of that level themselves reported, against their targets combined by the same rule.
 */
export function rollUpIndicators(indicators: readonly IndicatorSpec[], rows: readonly IndicatorRow[]) {
  const children = new Map<string, IndicatorRow[]>();
  const known = new Set(rows.map((r) => r.planId));
  for (const row of rows) {
    if (!row.parentPlanId || !known.has(row.parentPlanId)) continue;
    const list = children.get(row.parentPlanId);
    if (list) list.push(row);
    else children.set(row.parentPlanId, [row]);
  }
  const deepestFirst = [...rows].sort((a, b) => b.level - a.level);
  const partials = new Map<string, Record<string, Carry>>();
  for (const row of deepestFirst) {
    const own: Record<string, Carry> = {};
    const below = children.get(row.planId);
    for (const indicator of indicators) {
      const p = empty();
      if (below) for (const child of below) merge(p, partials.get(child.planId)![indicator.key]!);
      else {
        const value = row.values?.[indicator.key];
        if (typeof value === 'number') merge(p, { sum: value, count: 1, min: value, max: value });
      }
      own[indicator.key] = p;
    }
    partials.set(row.planId, own);
  }
  const targetOf = (row: IndicatorRow, indicator: IndicatorSpec) =>
    indicator.key in row.targets ? (row.targets[indicator.key] ?? null) : indicator.target;

  const byRow: Record<string, Record<string, IndicatorFigure & { reported: number | null }>> = {};
  for (const row of rows) {
    byRow[row.planId] = Object.fromEntries(
      indicators.map((indicator) => {
        const value = resultOf(indicator.aggregate, partials.get(row.planId)![indicator.key]!);
        const target = targetOf(row, indicator);
        const reported = row.values?.[indicator.key] ?? null;
        return [indicator.key, { value, target, achieved: achievedOf(value, target), reported }];
      }),
    );
  }

  const levels = [...new Set(rows.map((r) => r.level))].sort((a, b) => a - b);
  const byLevel = levels.map((level) => {
    const here = rows.filter((r) => r.level === level);
    const reporting = here.filter((r) => r.values !== null).length;
    const figures = Object.fromEntries(
      indicators.map((indicator) => {
        const value = aggregate(
          indicator.aggregate,
          here.map((r) => r.values?.[indicator.key]),
        );
        const target = aggregate(
          indicator.aggregate === 'count' ? 'sum' : indicator.aggregate,
          here.map((r) => targetOf(r, indicator)),
        );
        return [indicator.key, { value, target: here.length ? target : null, achieved: achievedOf(value, target) }];
      }),
    );
    return { level, units: here.length, reporting, figures };
  });
  return { byRow, byLevel };
}
