import { endOfVnDay, type IsoDate, vnInstant } from '@cascade/domain';
import { quietTemporalLogs, startTimeSkippingTemporal } from '@cascade/test-support';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { issuePlanUpdate, progressQuery, saveDraftUpdate, submitReportUpdate } from '../messages';
import { workflowsPath } from '../path';
import type { ApprovalStep, IndicatorValues, PlanSchedule, PlanWorkflowInput, ReportDetails } from '../types';
import { createMemoryPlanActivities, type MemoryUnit } from './memoryPlanActivities';
import { recordHistories } from './recordHistories';

const content = { directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức thực hiện' };

/** The same activities, each waiting for `until` before it runs. */
function heldBack<T extends object>(activities: T, until: Promise<unknown>): T {
  const held = Object.entries(activities).map(([name, run]: [string, (...args: unknown[]) => unknown]) => [
    name,
    async (...args: unknown[]) => {
      await until;
      return run(...args);
    },
  ]);
  return Object.fromEntries(held) as T;
}

/** One time-skipping server and workflow bundle per test file; the simulated calendar starts on `startOn`. */
export async function createHarness() {
  quietTemporalLogs();
  const env: TestWorkflowEnvironment = await startTimeSkippingTemporal();
  const bundle: WorkflowBundleWithSourceMap = await bundleWorkflowCode({
    workflowsPath,
    logger: new DefaultLogger('WARN'),
  });

  let years = 0;
  async function startYear(
    root: MemoryUnit,
    schedule: PlanSchedule,
    startOn: IsoDate,
    approvalSteps: ApprovalStep[] = [],
  ) {
    // A queue per year keeps one test's leftover workflows away from the next test's activities.
    const taskQueue = `cascade-year-${++years}`;
    const year = Number(startOn.slice(0, 4));
    const memory = createMemoryPlanActivities(root, `kh-${root.id}`);
    const clockShiftMs = vnInstant(startOn, 0).getTime() - (await env.currentTimeMs());
    const input: PlanWorkflowInput = {
      planId: `kh-${root.id}`,
      unitId: root.id,
      year,
      level: 0,
      dueAt: null,
      closesAt: endOfVnDay(`${year}-12-31`).toISOString(),
      schedule,
      targets: {},
      clockShiftMs,
      approvalSteps,
      stepsTaskQueue: `${taskQueue}-steps`,
    };
    // Without a workflow cache every task replays from history, and a worker that stops leaves no sticky queue behind.
    // The steps queue has a worker of its own, as in production: every scenario runs the human steps there.
    // `heldUntil`: the plan's own queue runs no activity before it settles (a backlog of background work).
    const newWorker = async (options: { cache?: boolean; heldUntil?: Promise<unknown> } = {}) => {
      const { heldUntil } = options;
      const main = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowBundle: bundle,
        activities: heldUntil ? heldBack(memory.activities, heldUntil) : memory.activities,
        ...(options.cache === false ? { maxCachedWorkflows: 0 } : {}),
      });
      const steps = await Worker.create({
        connection: env.nativeConnection,
        taskQueue: input.stepsTaskQueue!,
        workflowBundle: bundle,
        activities: memory.activities,
        ...(options.cache === false ? { maxCachedWorkflows: 0 } : {}),
      });
      return { runUntil: <T>(work: () => Promise<T>) => main.runUntil(steps.runUntil(work)) };
    };
    const handle = (workflowId: string) => env.client.workflow.getHandle(workflowId);
    const now = async () => (await env.currentTimeMs()) + clockShiftMs;
    return {
      memory,
      input,
      newWorker,
      handle,
      start: () =>
        env.client.workflow.start('planWorkflow', { taskQueue, workflowId: `plan-${input.planId}`, args: [input] }),
      /** Advances the simulated calendar to `hour`:00 Vietnam time on `date`. */
      async advanceTo(date: IsoDate, hour = 10) {
        const ms = vnInstant(date, hour).getTime() - (await now());
        if (ms > 0) await env.sleep(ms);
      },
      async issue(workflowId: string, subPlanDueOn: IsoDate | null, documentNumber = '1/KH-UBND') {
        const h = handle(workflowId);
        const { version } = await h.executeUpdate(saveDraftUpdate, {
          args: [
            {
              actorId: 'officer',
              baseVersion: (await h.query(progressQuery)).draftVersion,
              title: 'Kế hoạch',
              content,
            },
          ],
        });
        const issuedOn = new Date(await now()).toISOString().slice(0, 10);
        return h.executeUpdate(issuePlanUpdate, {
          args: [
            {
              actorId: 'leader',
              draftVersion: version,
              issue: {
                documentNumber,
                issuedOn,
                signerName: 'A',
                signerTitle: 'Chủ tịch',
                signingCapacity: 'TM.',
                recipients: [],
                subPlanDueOn,
              },
            },
          ],
        });
      },
      submit: (workflowId: string, roundKey: string, values: IndicatorValues = {}, details: ReportDetails = {}) =>
        handle(workflowId).executeUpdate(submitReportUpdate, {
          args: [{ actorId: 'officer', roundKey, values, narrative: '', details }],
        }),
      progress: (workflowId: string) => handle(workflowId).query(progressQuery),
      /** Keeps this year's histories as replay fixtures under `scenario` (only while recording). */
      recordHistories: (scenario: string) => recordHistories(env.client.workflow, scenario, memory.workflowIds()),
    };
  }

  return { env, startYear, teardown: () => env.teardown() };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
