import { progressQuery, type PlanProgress } from '@cascade/workflows';
import { obligationsOfUnit } from './obligations';
import { roundOutcome } from './roundOutcomes';
import { planHandle, type SimulationRun } from './simulationRun';
import type { SimulatedReminder, SimulationResult } from './simulationResult';

/** Obligations in hierarchy order, reminders by date then unit, rounds by due date then level. */
export async function collectResults(run: SimulationRun): Promise<SimulationResult> {
  const { order, levelOf, depth } = run.tree;
  const progressOf = new Map<string, PlanProgress>();
  for (const code of order.slice(1)) {
    if (run.planIdOf.has(code)) progressOf.set(code, await planHandle(run, code).query(progressQuery));
  }
  const obligations = [...progressOf].flatMap(([code, progress]) => obligationsOfUnit(code, progress));
  const levels = Array.from({ length: depth }, (_, i) => i + 1);
  const rounds = run.schedule.rounds.flatMap((round) =>
    levels.map((level) =>
      roundOutcome(
        run.schedule,
        round.key,
        level,
        [...progressOf].filter(([code]) => levelOf.get(code) === level).map(([, p]) => p),
      ),
    ),
  );
  return { obligations, reminders: remindersOf(run), rounds };
}

function remindersOf(run: SimulationRun): SimulatedReminder[] {
  const unitRank = (code: string) => run.tree.order.indexOf(code);
  const roundRank = (key: string | null) => (key === null ? -1 : run.schedule.rounds.findIndex((r) => r.key === key));
  return run.store.record.reminders
    .map((r): SimulatedReminder => ({ unit: r.unitId, round: r.roundKey, on: r.on }))
    .sort(
      (a, b) =>
        (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) ||
        unitRank(a.unit) - unitRank(b.unit) ||
        roundRank(a.round) - roundRank(b.round),
    );
}
