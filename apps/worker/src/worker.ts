import { createActivities } from '@cascade/activities';
import type { Database, Kysely } from '@cascade/db';
import { type PlanActivities, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import { type NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';

export interface CascadeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Kysely<Database>;
  /** Prebuilt workflow code (bundled once when the worker may be created more than once). */
  workflowBundle?: WorkflowBundleOption;
}

/** The Temporal worker: the plan workflows and the activities that write the read model. */
export function createCascadeWorker({
  connection,
  namespace,
  db,
  workflowBundle,
}: CascadeWorkerOptions): Promise<Worker> {
  const activities: PlanActivities = createActivities({ db });
  const workflows = workflowBundle ? { workflowBundle } : { workflowsPath };
  return Worker.create({ connection, namespace, taskQueue, activities, ...workflows });
}
