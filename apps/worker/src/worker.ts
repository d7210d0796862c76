import { createActivities } from '@cascade/activities';
import type { Database, Kysely } from '@cascade/db';
import { type PlanActivities, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import { type NativeConnection, Worker } from '@temporalio/worker';

export interface CascadeWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Kysely<Database>;
}

/** The Temporal worker: the plan workflows and the activities that write the read model. */
export function createCascadeWorker({ connection, namespace, db }: CascadeWorkerOptions): Promise<Worker> {
  const activities: PlanActivities = createActivities({ db });
  return Worker.create({ connection, namespace, taskQueue, workflowsPath, activities });
}
