import { createPlanActivities, type Notifier } from '@cascade/activities';
import type { Database, Kysely } from '@cascade/db';
import { type PlanActivities, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import { type NativeConnection, Worker } from '@temporalio/worker';

export interface CascadeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Kysely<Database>;
  notifier: Notifier;
}

/** The Temporal worker: the plan workflows and the activities that write the read model. */
export function createCascadeWorker({ connection, namespace, db, notifier }: CascadeWorkerOptions): Promise<Worker> {
  const activities: PlanActivities = createPlanActivities({ db, notifier });
  return Worker.create({ connection, namespace, taskQueue, workflowsPath, activities });
}
