import { createActivities } from '@cascade/activities';
import type { Database, Kysely } from '@cascade/db';
import { type PlanActivities, stepsTaskQueue, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import {
  bundleWorkflowCode,
  DefaultLogger,
  type NativeConnection,
  Worker,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import { type CascadeWorker, runTogether } from './runTogether';

export interface CascadeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Kysely<Database>;
  /** Prebuilt workflow code (bundled once when the worker may be created more than once). */
  workflowBundle?: WorkflowBundleOption;
}

const logger = new DefaultLogger('WARN');

/**
 * The Temporal workers, each with the plan workflows and the activities that write the read model: on `taskQueue`,
 * and on `stepsTaskQueue`, where the plans that cascade again run and the writes people and the cascade wait on are
 * scheduled (with slots and pollers of their own, so the backlog of thousands of sub-plans just started on `taskQueue`
 * does not hold them up).
 */
export async function createCascadeWorker({
  connection,
  namespace,
  db,
  workflowBundle,
}: CascadeWorkerOptions): Promise<CascadeWorker> {
  const activities: PlanActivities = createActivities({ db });
  // Bundled once for both workers when not given.
  const workflows = { workflowBundle: workflowBundle ?? (await bundleWorkflowCode({ workflowsPath, logger })) };
  const main = await Worker.create({ connection, namespace, taskQueue, activities, ...workflows });
  const steps = await Worker.create({ connection, namespace, taskQueue: stepsTaskQueue, activities, ...workflows });
  return runTogether([main, steps]);
}
