import type { Kysely } from 'kysely';
import type { FormValues } from '@cascade/forms';
import type { Database, TaskAssessment } from '../schema';

export const reportTaskId = (planId: string, roundKey: string) => `${planId}:report:${roundKey}`;

export async function openReportTasks(
  db: Kysely<Database>,
  task: { planId: string; unitId: string; workflowId: string; planTitle: string },
  rounds: { key: string; label: string; dueAt: Date }[],
): Promise<void> {
  if (rounds.length === 0) return;
  await db
    .insertInto('tasks')
    .values(
      rounds.map((r) => ({
        id: reportTaskId(task.planId, r.key),
        kind: 'report' as const,
        plan_id: task.planId,
        unit_id: task.unitId,
        title: `${r.label} — ${task.planTitle}`,
        due_at: r.dueAt,
        state: 'open' as const,
        workflow_id: task.workflowId,
        round_key: r.key,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export interface ReportSubmission {
  taskId: string;
  submittedAt: Date;
  submittedBy: string;
  values: Record<string, number | null>;
  narrative: string;
  review: Record<string, unknown> | null;
  details: FormValues;
  onTime: boolean;
  /** The Update that sent the report: a second write under the same id stores nothing. */
  updateId?: string;
}

/** What is stored of a submission: the time and timeliness the sender is told. */
export interface StoredSubmission {
  submittedAt: Date;
  onTime: boolean;
}

/**
 * Keeps every submission; the task remembers the first one (timeliness) and clears a return. A write repeated under
 * the same Update id (its workflow task ran again after a worker died, with a later time) stores nothing and answers
 * with the submission stored first, so the sender is told the time that was kept.
 */
export async function recordReportSubmission(db: Kysely<Database>, s: ReportSubmission): Promise<StoredSubmission> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('report_submissions')
      .values({
        task_id: s.taskId,
        submitted_at: s.submittedAt,
        submitted_by: s.submittedBy,
        values: JSON.stringify(s.values),
        narrative: s.narrative,
        review: JSON.stringify(s.review),
        details: JSON.stringify(s.details),
        on_time: s.onTime,
        update_id: s.updateId ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('task_id')
      .executeTakeFirst();
    if (!inserted && s.updateId) {
      const stored = await trx
        .selectFrom('report_submissions')
        .select(['submitted_at as submittedAt', 'on_time as onTime'])
        .where('task_id', '=', s.taskId)
        .where('update_id', '=', s.updateId)
        .executeTakeFirst();
      // Stored with its task's update in one transaction: nothing is left to write.
      if (stored) return stored;
    }
    await trx
      .updateTable('tasks')
      // completed_at keeps the first submission's time: a report returned and sent again was completed when first sent.
      .set((eb) => ({
        state: 'done',
        returned_reason: null,
        updated_at: s.submittedAt,
        completed_at: eb.fn.coalesce('completed_at', eb.val(s.submittedAt)),
      }))
      .where('id', '=', s.taskId)
      .execute();
    return { submittedAt: s.submittedAt, onTime: s.onTime };
  });
}

/** A return retried after the report was sent again (a worker crashed in between) must not reopen it. */
export async function markReportReturned(
  db: Kysely<Database>,
  taskId: string,
  reason: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ returned_reason: reason, state: 'open', updated_at: at })
    .where('id', '=', taskId)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('report_submissions')
            .select('task_id')
            .where('task_id', '=', taskId)
            .where('submitted_at', '>', at),
        ),
      ),
    )
    .execute();
}

/** The latest submission of each of the given tasks. */
export async function latestSubmissions(db: Kysely<Database>, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('report_submissions')
    .selectAll()
    .distinctOn('task_id')
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('submitted_at', 'desc')
    .execute();
}

/** The successor takes over the unit's open obligations; rounds it no longer owes are kept, marked handed over. */
export async function handOverTasks(
  db: Kysely<Database>,
  planId: string,
  successorUnitId: string,
  droppedTaskIds: string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (droppedTaskIds.length) {
      await trx
        .updateTable('tasks')
        .set({ state: 'handedOver', updated_at: new Date() })
        .where('id', 'in', droppedTaskIds)
        .execute();
    }
    await trx
      .updateTable('tasks')
      .set({ unit_id: successorUnitId, updated_at: new Date() })
      .where('plan_id', '=', planId)
      .where('state', 'in', ['open', 'overdue'])
      .execute();
  });
}

export async function recordTaskAssessment(
  db: Kysely<Database>,
  taskId: string,
  assessment: TaskAssessment,
): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ assessment: JSON.stringify(assessment) })
    .where('id', '=', taskId)
    .execute();
}

/** A report task with who receives it: the parent plan's issuer and its focal unit. */
export function findReceivedReport(db: Kysely<Database>, taskId: string) {
  return db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .leftJoin('plans as parent', 'parent.id', 'plans.parent_plan_id')
    .select([
      'tasks.workflow_id as workflowId',
      'tasks.round_key as roundKey',
      'plans.status',
      'parent.issuer_unit_id as receiverUnitId',
      'parent.focal_unit_id as focalUnitId',
    ])
    .where('tasks.id', '=', taskId)
    .executeTakeFirst();
}

/** Each subordinate report task's state, for the receiver's consolidation of a round. */
export function listReportTaskStates(db: Kysely<Database>, taskIds: string[]) {
  if (!taskIds.length) return Promise.resolve([]);
  return db
    .selectFrom('tasks')
    .select([
      'id',
      'state',
      'due_at as dueAt',
      'completed_at as completedAt',
      'returned_reason as returnedReason',
      'assessment',
    ])
    .where('id', 'in', taskIds)
    .execute();
}
