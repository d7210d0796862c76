import { expandRounds, type IsoDate, levelDueOn, type Round, type RoundSpec } from '@cascade/domain';
import { vietnamCalendar } from '@cascade/domain/holidays';
import type { PlanSchedule, ScheduledRound } from '@cascade/workflows';
import type { RoundSpecInput, Scenario } from './scenarioSchema';

/**
 * The quarter a report due in `dueOn`'s month covers: the quarter ending that month (due 10 March → Q1),
 * otherwise the one that just ended (due 10 April → Q1; due in January or February → Q4).
 */
export function quarterReportedIn(dueOn: IsoDate): number {
  const month = Number(dueOn.slice(5, 7));
  if (month % 3 === 0) return month / 3;
  const ended = Math.floor(month / 3);
  return ended === 0 ? 4 : ended;
}

export function roundSpecOf(input: RoundSpecInput): RoundSpec {
  const spec: RoundSpec = { ...input };
  if (spec.period === 'quarter' && spec.every === undefined && spec.index === undefined && spec.dueOn) {
    spec.index = quarterReportedIn(spec.dueOn);
  }
  return spec;
}

/** The year's rounds, earliest first, each with the key of the scenario round it came from ("M" for "M-03"). */
export function roundsOf(scenario: Scenario): { round: Round; specKey: string }[] {
  const specs = scenario.plan.rounds.map(roundSpecOf);
  const specKeyOf = new Map(
    specs.flatMap((spec) => expandRounds(scenario.year, [spec]).map((round) => [round.key, spec.key] as const)),
  );
  return expandRounds(scenario.year, specs).map((round) => ({ round, specKey: specKeyOf.get(round.key)! }));
}

export function planScheduleOf(scenario: Scenario, depth: number): PlanSchedule {
  const { leadDays, workingDayAdjust, remindDaysBefore, indicators } = scenario.plan;
  const calendar = vietnamCalendar();
  const levels = Array.from({ length: depth }, (_, i) => i + 1);
  const rounds = roundsOf(scenario).map(({ round }): ScheduledRound => ({
    key: round.key,
    label: round.label,
    period: round.period,
    ...(round.review ? { review: round.review } : {}),
    cutoff: round.cutoff,
    dueOnByLevel: levels.map((level) => levelDueOn(round.dueOn, level, leadDays, workingDayAdjust, calendar)),
  }));
  return {
    rounds,
    remindDaysBefore,
    indicators: indicators.map((i) => ({
      key: i.key,
      label: i.label,
      aggregate: i.aggregate,
      target: i.target ?? null,
    })),
  };
}
