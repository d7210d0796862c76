import { createActivities } from '@cascade/activities';
import type { Database, Kysely } from '@cascade/db';
import { type PlanActivities, stepsTaskQueue, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import { type NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { type CascadeWorker, runTogether } from './runTogether';

export interface CascadeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Kysely<Database>;
  /** Prebuilt workflow code (bundled once when the worker may be created more than once). */
  workflowBundle?: WorkflowBundleOption;
}

/**
 * The Temporal workers: the plan workflows and the activities that write the read model on `taskQueue`, and the same
 * activities on `stepsTaskQueue`, where the writes people and the cascade wait on are scheduled (with slots and
 * pollers of their own, so a backlog of thousands of sub-plans' background activities does not hold them up).
 */
export async function createCascadeWorker({
  connection,
  namespace,
  db,
  workflowBundle,
}: CascadeWorkerOptions): Promise<CascadeWorker> {
  const activities: PlanActivities = createActivities({ db });
  const workflows = workflowBundle ? { workflowBundle } : { workflowsPath };
  const main = await Worker.create({ connection, namespace, taskQueue, activities, ...workflows });
  const steps = await Worker.create({ connection, namespace, taskQueue: stepsTaskQueue, activities });
  return runTogether([main, steps]);
}
