import type { Kysely } from 'kysely';
import type { AutosavedForm, Database } from '../schema';

export interface AutosavedDraftKey {
  userId: string;
  taskId: string;
  form: AutosavedForm;
}

export async function findAutosavedDraft(
  db: Kysely<Database>,
  key: AutosavedDraftKey,
): Promise<{ values: unknown; savedAt: Date } | null> {
  const row = await db
    .selectFrom('autosaved_drafts')
    .select(['values', 'saved_at'])
    .where('user_id', '=', key.userId)
    .where('task_id', '=', key.taskId)
    .where('form', '=', key.form)
    .executeTakeFirst();
  return row ? { values: row.values, savedAt: row.saved_at } : null;
}

/** The latest typing wins: one row per user, task and form. */
export async function saveAutosavedDraft(
  db: Kysely<Database>,
  key: AutosavedDraftKey,
  values: unknown,
  savedAt: Date,
): Promise<void> {
  const json = JSON.stringify(values);
  await db
    .insertInto('autosaved_drafts')
    .values({ user_id: key.userId, task_id: key.taskId, form: key.form, values: json, saved_at: savedAt })
    .onConflict((oc) => oc.columns(['user_id', 'task_id', 'form']).doUpdateSet({ values: json, saved_at: savedAt }))
    .execute();
}

/** Once the draft is submitted (or dropped) there is nothing left to bring back. */
export async function deleteAutosavedDraft(db: Kysely<Database>, key: AutosavedDraftKey): Promise<void> {
  await db
    .deleteFrom('autosaved_drafts')
    .where('user_id', '=', key.userId)
    .where('task_id', '=', key.taskId)
    .where('form', '=', key.form)
    .execute();
}
