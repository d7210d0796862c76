import { type Kysely, sql } from 'kysely';

/** A report's answers to its round's form (the template's report form, or the one an ad hoc request gave). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('report_submissions')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('report_submissions').dropColumn('details').execute();
}
