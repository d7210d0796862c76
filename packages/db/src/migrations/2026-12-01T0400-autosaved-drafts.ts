import type { Kysely } from 'kysely';

/** What a user has typed into a plan, report or consolidation form and not yet submitted, kept per user and task. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('autosaved_drafts')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('values', 'jsonb', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('autosaved_drafts_pkey', ['user_id', 'task_id', 'form'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('autosaved_drafts').execute();
}
