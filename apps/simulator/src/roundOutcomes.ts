import { summarizeStatuses } from '@cascade/domain';
import type { PlanProgress, PlanSchedule, RoundProgress } from '@cascade/workflows';
import { aggregatePresent } from './consolidation';
import type { RoundOutcome } from './simulationResult';

/** Completeness and timeliness of one round among the units of one level that owe it. */
export function roundOutcome(
  schedule: PlanSchedule,
  roundKey: string,
  level: number,
  levelProgress: readonly PlanProgress[],
): RoundOutcome {
  const scheduled = schedule.rounds.find((r) => r.key === roundKey)!;
  const owed = levelProgress.flatMap((p) => p.rounds.filter((r): r is RoundProgress => r.key === roundKey && r.owed));
  const summary = summarizeStatuses(owed.map((r) => r.status));
  const submittedValues = owed.flatMap((r) => (r.firstSubmittedAt && r.values ? [r.values] : []));
  return {
    round: roundKey,
    level,
    dueOn: scheduled.dueOnByLevel[level - 1]!,
    expected: summary.expected,
    submitted: summary.submitted,
    onTime: summary.onTime,
    late: summary.late,
    missing: summary.overdue + summary.pending,
    completeness: summary.completeness,
    timeliness: summary.timeliness,
    indicators: Object.fromEntries(
      schedule.indicators.map((i) => [i.key, { value: aggregatePresent(i, submittedValues), target: i.target }]),
    ),
  };
}
