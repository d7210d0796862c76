import { type Kysely, sql } from 'kysely';

/** The template's approval steps each draft version has passed. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_drafts')
    .addColumn('approvals', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_drafts').dropColumn('approvals').execute();
}
