import { type Kysely, type SqlBool, sql } from 'kysely';
import type { FormValues } from '@cascade/forms';
import type { Database, TaskAssessment } from '../schema';
import type { AuditEntry } from './audit';

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
 * with the submission stored first, so the sender is told the time that was kept. The submission, the task and the
 * audit entry (given without `onTime`: the stored one is added) are one statement, one round trip.
 */
export async function recordReportSubmission(
  db: Kysely<Database>,
  s: ReportSubmission,
  audit?: AuditEntry,
): Promise<StoredSubmission> {
  const row = await db
    .with('inserted', (q) =>
      q
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
        .returning(['submitted_at', 'on_time']),
    )
    // Read from the statement's snapshot: a row stored under this Update id before this statement began.
    .with('earlier', (q) =>
      q
        .selectFrom('report_submissions')
        .select(['submitted_at', 'on_time'])
        .where('task_id', '=', s.taskId)
        .where(s.updateId ? sql<SqlBool>`update_id = ${s.updateId}` : sql<SqlBool>`false`)
        .limit(1),
    )
    .with('task', (q) =>
      q
        .updateTable('tasks')
        // completed_at keeps the first submission's time: a report returned and sent again was completed when first sent.
        .set((eb) => ({
          state: 'done',
          returned_reason: null,
          updated_at: s.submittedAt,
          completed_at: eb.fn.coalesce('completed_at', eb.val(s.submittedAt)),
        }))
        .where('id', '=', s.taskId)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('earlier').select('on_time'))))
        .returning('id'),
    )
    .with('audited', (q) =>
      q
        .insertInto('audit_events')
        .columns(['actor_user_id', 'unit_id', 'action', 'subject_id', 'data', 'idempotency_key'])
        .expression(
          q
            .selectNoFrom((eb) => [
              eb.val(audit?.actorUserId ?? null).as('actor_user_id'),
              eb.val(audit?.unitId ?? null).as('unit_id'),
              eb.val(audit?.action ?? '').as('action'),
              eb.val(audit?.subjectId ?? '').as('subject_id'),
              sql<string>`${JSON.stringify(audit?.data ?? {})}::jsonb || jsonb_build_object('onTime', coalesce((select on_time from inserted), (select on_time from earlier), ${s.onTime}))`.as(
                'data',
              ),
              eb.val(audit?.idempotencyKey ?? null).as('idempotency_key'),
            ])
            .where(sql<SqlBool>`${audit !== undefined}`),
        )
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id'),
    )
    .selectNoFrom([
      sql<Date | null>`(select submitted_at from inserted)`.as('insertedAt'),
      sql<Date | null>`(select submitted_at from earlier)`.as('earlierAt'),
      sql<boolean | null>`(select on_time from earlier)`.as('earlierOnTime'),
    ])
    .executeTakeFirstOrThrow();
  if (row.insertedAt) return { submittedAt: s.submittedAt, onTime: s.onTime };
  if (row.earlierAt) return { submittedAt: new Date(row.earlierAt), onTime: row.earlierOnTime ?? s.onTime };
  // Stored under this Update id by a write that ran at the same moment (not in this statement's snapshot).
  const stored = s.updateId
    ? await db
        .selectFrom('report_submissions')
        .select(['submitted_at as submittedAt', 'on_time as onTime'])
        .where('task_id', '=', s.taskId)
        .where('update_id', '=', s.updateId)
        .executeTakeFirst()
    : undefined;
  return stored ?? { submittedAt: s.submittedAt, onTime: s.onTime };
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
