import { cutoffOf } from './cutoff';
import { dueBeforeCutoffWarning, isDueBeforeCutoffEnds } from './roundPeriod';
import { expandRounds, type RoundSpec } from './schedule';

/**
 * What a template editor must point out in a year's schedule: each round due on or before the day its data period
 * (the Decree's, or the template's own) closes, with the period the round will report instead.
 */
export function scheduleWarnings(year: number, specs: readonly RoundSpec[]): string[] {
  const ownCutoffs = new Map(specs.filter((s) => s.cutoff).map((s) => [s.key, s.cutoff!]));
  return expandRounds(year, specs).flatMap((round) => {
    const own = ownCutoffs.get(round.key);
    if (own)
      return isDueBeforeCutoffEnds(round.dueOn, own)
        ? [dueBeforeCutoffWarning(round.label, round.dueOn, own, own)]
        : [];
    const rule = cutoffOf(year, round.period, ruleIndexOf(round.key, round.period, specs));
    return isDueBeforeCutoffEnds(round.dueOn, rule)
      ? [dueBeforeCutoffWarning(round.label, round.dueOn, rule, round.cutoff)]
      : [];
  });
}

function ruleIndexOf(key: string, period: RoundSpec['period'], specs: readonly RoundSpec[]): number {
  const spec = specs.find((s) => s.key === key);
  if (spec) return spec.index ?? 1;
  return period === 'month' ? Number(key.slice(-2)) : 1;
}
