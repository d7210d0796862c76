import type { ReportRecord } from '@cascade/workflows/testing';
import type { SimulationRun } from './simulationRun';

/** The first report of each direct subordinate in the round, as submitted so far. */
export function subordinateReports(run: SimulationRun, code: string, roundKey: string): ReportRecord[] {
  const planIds = (run.tree.childrenOf.get(code) ?? [])
    .map((child) => run.planIdOf.get(child))
    .filter((id) => id !== undefined);
  return planIds.flatMap(
    (planId) => run.store.record.reports.find((r) => r.planId === planId && r.roundKey === roundKey) ?? [],
  );
}
