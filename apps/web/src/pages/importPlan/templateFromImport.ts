import type { TemplateDefinition } from '../admin/adminTypes';
import type { ImportResult } from './importTypes';

/**
 * A new template's definition: the chosen template's, with the plan's report rounds (each keeping the sơ kết or tổng
 * kết review of the base's round of the same period), its sub-plans' time to issue, and the targets the file sets on
 * the base's indicators. What the file does not say stays as the base has it.
 */
export function templateFromImport(base: TemplateDefinition, result: ImportResult): TemplateDefinition {
  const reviewOf = (period: string) => base.rounds.find((r) => r.period === period)?.review;
  const rounds = result.template.rounds.map((round) => {
    const review = reviewOf(round.period);
    return review ? { ...round, review } : round;
  });
  const targets = result.issue.targets;
  return {
    ...base,
    rounds: rounds.length > 0 ? rounds : base.rounds,
    lowerLevelDays: result.template.subPlanDays ?? base.lowerLevelDays,
    indicators: base.indicators.map((i) => (targets[i.key] !== undefined ? { ...i, target: targets[i.key]! } : i)),
  };
}

/** A template's code from its name, unique enough to start from: "tu-van-ban-" and the time in base 36. */
export const importedTemplateSlug = (now: number) => `tu-van-ban-${now.toString(36)}`;
