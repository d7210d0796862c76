import type { Kysely } from 'kysely';
import type { Database, SignOffState, SignOffSubmission } from '../schema';

export interface NewReportSignOff {
  id: string;
  taskId: string;
  submittedBy: string;
  submittedAt: Date;
  submission: SignOffSubmission;
}

/** Stores the officer's submission for the leader; false when another one already waits for the task. */
export async function createReportSignOff(db: Kysely<Database>, s: NewReportSignOff): Promise<boolean> {
  const inserted = await db
    .insertInto('report_sign_offs')
    .values({
      id: s.id,
      task_id: s.taskId,
      submitted_by: s.submittedBy,
      submitted_at: s.submittedAt,
      submission: JSON.stringify(s.submission),
      state: 'pending',
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return true;
  // A retry of the same submission finds its own row.
  return Boolean(await db.selectFrom('report_sign_offs').select('id').where('id', '=', s.id).executeTakeFirst());
}

function signOffsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('report_sign_offs as s')
    .innerJoin('users as submitter', 'submitter.id', 's.submitted_by')
    .leftJoin('users as decider', 'decider.id', 's.decided_by')
    .selectAll('s')
    .select([
      'submitter.display_name as submitted_by_name',
      'submitter.unit_id as submitter_unit_id',
      'decider.display_name as decided_by_name',
    ]);
}

/** The task's last submission for sign-off, whatever became of it; undefined when none was ever made. */
export function findLatestSignOff(db: Kysely<Database>, taskId: string) {
  return signOffsWithNames(db)
    .where('s.task_id', '=', taskId)
    .orderBy('s.submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Each task's last sign-off state, for the inbox. */
export async function latestSignOffStates(
  db: Kysely<Database>,
  taskIds: readonly string[],
): Promise<Map<string, SignOffState>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('report_sign_offs')
    .select(['task_id', 'state'])
    .distinctOn('task_id')
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('submitted_at', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.task_id, r.state]));
}

/** Settles a waiting submission once; false when it was already signed or returned. */
export async function decideSignOff(
  db: Kysely<Database>,
  id: string,
  decision: { state: Exclude<SignOffState, 'pending'>; by: string; at: Date; reason?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('report_sign_offs')
    .set({
      state: decision.state,
      decided_by: decision.by,
      decided_at: decision.at,
      returned_reason: decision.reason ?? null,
    })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
