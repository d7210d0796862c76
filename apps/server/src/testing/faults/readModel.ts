import { type Database, type Kysely, planWorkflowId } from '@cascade/db';
import { progressQuery } from '@cascade/workflows';
import type { Client } from '@temporalio/client';

/** Every report submission row of the given tasks, by task. */
export async function submissionsByTask(db: Kysely<Database>, taskIds: string[]) {
  const rows = await db
    .selectFrom('report_submissions')
    .select(['task_id', 'submitted_at'])
    .where('task_id', 'in', taskIds)
    .execute();
  const byTask = new Map<string, Date[]>();
  for (const row of rows) byTask.set(row.task_id, [...(byTask.get(row.task_id) ?? []), row.submitted_at]);
  return byTask;
}

/** The tasks of every plan under these top plans (the top plans' own and their sub-plans'). */
export const tasksUnder = (db: Kysely<Database>, planIds: string[]) =>
  db
    .selectFrom('tasks')
    .select(['id', 'plan_id', 'kind', 'state'])
    .where((eb) => eb.or(planIds.flatMap((id) => [eb('plan_id', '=', id), eb('plan_id', 'like', `${id}.%`)])))
    .execute();

export const subPlansOf = (db: Kysely<Database>, planIds: string[]) =>
  db.selectFrom('plans').select(['id', 'parent_plan_id']).where('parent_plan_id', 'in', planIds).execute();

export const notificationsOf = (db: Kysely<Database>, planIds: string[]) =>
  db
    .selectFrom('notifications')
    .select(['user_id', 'kind', 'task_id', 'subject', 'mailed_at'])
    .where((eb) => eb.or(planIds.map((id) => eb('task_id', 'like', `${id}%`))))
    .execute();

/** What Temporal says of a plan workflow: its status and, per round, when the report was submitted. */
export async function workflowState(temporal: Client, planId: string) {
  const handle = temporal.workflow.getHandle(planWorkflowId(planId));
  const [description, progress] = await Promise.all([handle.describe(), handle.query(progressQuery)]);
  return {
    status: description.status.name,
    submittedAt: Object.fromEntries(progress.rounds.map((r) => [r.key, r.submittedAt])),
  };
}
