import { addDays, endOfVnDay, vnInstant } from '@cascade/domain';
import { quietTemporalLogs, startTimeSkippingTemporal } from '@cascade/test-support';
import { type PlanWorkflowInput, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import { createMemoryPlanActivities } from '@cascade/workflows/testing';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { cascadeTreeOf, findUnit } from './cascadeTree';
import { collectResults } from './collectResults';
import { planScheduleOf, roundsOf } from './schedule';
import type { Scenario } from './scenarioSchema';
import type { SimulationResult } from './simulationResult';
import { advanceTo, type SimulationRun, workflowIdOf } from './simulationRun';
import { Timeline } from './timeline';
import { actionTime, issuePlanOf } from './unitActions';

export interface SimulateOptions {
  /** A time-skipping environment to run on; without one the simulation starts and stops its own. */
  env?: TestWorkflowEnvironment;
  /** Progress lines, one per scripted action. */
  log?: (line: string) => void;
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;
const workflowBundle = () => (bundle ??= bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') }));
let runs = 0;

/** Runs the plan's year on the real workflows with the scenario's scripted units; `scenario` must be validated. */
export async function simulate(scenario: Scenario, options: SimulateOptions = {}): Promise<SimulationResult> {
  quietTemporalLogs();
  const env = options.env ?? (await startTimeSkippingTemporal());
  try {
    return await simulateOn(env, scenario, options.log ?? (() => {}));
  } finally {
    if (!options.env) await env.teardown();
  }
}

async function simulateOn(
  env: TestWorkflowEnvironment,
  scenario: Scenario,
  log: (line: string) => void,
): Promise<SimulationResult> {
  const issuer = findUnit(scenario.hierarchy, scenario.plan.issuer)!;
  const tree = cascadeTreeOf(issuer, scenario.plan.cascade.unitKinds);
  // Unique per run: one environment may host several simulations, one after another.
  const rootPlanId = `sim${++runs}-${scenario.year}-${issuer.code}`;
  const store = createMemoryPlanActivities(tree.root, rootPlanId);
  const run: SimulationRun = {
    env,
    scenario,
    tree,
    schedule: planScheduleOf(scenario, tree.depth),
    specKeyOf: new Map(roundsOf(scenario).map(({ round, specKey }) => [round.key, specKey])),
    shiftMs: vnInstant(scenario.plan.issuedOn).getTime() - (await env.currentTimeMs()),
    closesAt: endOfVnDay(`${scenario.year}-12-31`).getTime(),
    store,
    timeline: new Timeline(),
    planIdOf: new Map([[issuer.code, rootPlanId]]),
    latestDueOn: scenario.plan.cascade.dueOn,
    log,
  };
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: store.activities,
  });
  return worker.runUntil(async () => {
    try {
      await startIssuerPlan(run);
      await driveYear(run);
      return await collectResults(run);
    } finally {
      await terminateAll(run);
    }
  });
}

async function startIssuerPlan(run: SimulationRun): Promise<void> {
  const { scenario, tree } = run;
  const input: PlanWorkflowInput = {
    planId: run.planIdOf.get(tree.root.id)!,
    unitId: tree.root.id,
    year: scenario.year,
    level: 0,
    dueAt: null,
    closesAt: new Date(run.closesAt).toISOString(),
    schedule: run.schedule,
    targets: Object.fromEntries(run.schedule.indicators.map((i) => [i.key, i.target])),
    clockShiftMs: run.shiftMs,
  };
  await run.env.client.workflow.start('planWorkflow', {
    taskQueue,
    workflowId: workflowIdOf(input.planId),
    args: [input],
  });
  run.timeline.add({
    at: actionTime(scenario.plan.issuedOn),
    level: 0,
    describe: `${tree.root.id} issues the plan`,
    run: () => issuePlanOf(run, tree.root.id),
  });
}

/**
 * Skips from one scripted action to the next, then past the last due date so every reminder and escalation has fired,
 * but never to the year's close: when nested plans complete there, the test server stops skipping time
 * (it then runs at wall-clock pace), so what is still undone at 23:59 on 31 December is counted overdue instead.
 */
async function driveYear(run: SimulationRun): Promise<void> {
  for (let action = run.timeline.next(); action; action = run.timeline.next()) {
    await advanceTo(run, action.at);
    await action.run();
  }
  await advanceTo(run, Math.min(vnInstant(addDays(run.latestDueOn, 1), 12).getTime(), run.closesAt - 60_000));
}

// The plans would otherwise run on until the year closes and wake up under the next simulation's worker.
async function terminateAll(run: SimulationRun): Promise<void> {
  for (const planId of run.planIdOf.values()) {
    await run.env.client.workflow
      .getHandle(workflowIdOf(planId))
      .terminate('simulation finished')
      .catch(() => undefined);
  }
}
