import type { Kysely } from 'kysely';

/**
 * The id of the Update that issued each plan (the leader's idempotency key): a resend of that issue is answered with
 * what was stored, even while the workflow has not yet answered the Update. Older plans have none.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('issue_update_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('issue_update_id').execute();
}
