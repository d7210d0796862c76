import type { IsoDate } from '@cascade/domain';
import type { PlanSchedule } from '@cascade/workflows';
import type { createMemoryPlanActivities } from '@cascade/workflows/testing';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { CascadeTree } from './cascadeTree';
import type { Scenario } from './scenarioSchema';
import type { Timeline } from './timeline';

/** Everything one simulation shares while it drives the year. */
export interface SimulationRun {
  env: TestWorkflowEnvironment;
  scenario: Scenario;
  tree: CascadeTree;
  schedule: PlanSchedule;
  /** "M-03" → "M": the scenario round a schedule round came from. */
  specKeyOf: Map<string, string>;
  /** Scenario time minus server time. */
  shiftMs: number;
  closesAt: number;
  store: ReturnType<typeof createMemoryPlanActivities>;
  timeline: Timeline;
  /** Unit code → plan id, for the issuer and every unit whose sub-plan workflow has appeared. */
  planIdOf: Map<string, string>;
  /** The latest due date of any obligation seen so far. */
  latestDueOn: IsoDate;
  log: (line: string) => void;
}

export const workflowIdOf = (planId: string) => `plan-${planId}`;

export async function scenarioNow(run: SimulationRun): Promise<number> {
  return (await run.env.currentTimeMs()) + run.shiftMs;
}

/** Server time and scenario time run at the same pace, so skipping server time skips scenario time. */
export async function advanceTo(run: SimulationRun, at: number): Promise<void> {
  const ms = at - (await scenarioNow(run));
  if (ms > 0) await run.env.sleep(ms);
}

export function planHandle(run: SimulationRun, code: string) {
  return run.env.client.workflow.getHandle(workflowIdOf(run.planIdOf.get(code)!));
}
