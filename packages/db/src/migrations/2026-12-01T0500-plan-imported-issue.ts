import type { Kysely } from 'kysely';

/** What a plan imported from its file says of its issue (number, date, signer, Nơi nhận, targets): the issue form's defaults. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('imported_issue', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('imported_issue').execute();
}
