import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('schedule', 'jsonb', (c) =>
      c.notNull().defaultTo(sql`'{"rounds":[],"remindDaysBefore":[],"indicators":[]}'::jsonb`),
    )
    .addColumn('targets', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('returned_reason', 'text')
    .execute();

  await db.schema
    .createTable('plan_drafts')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('plan_drafts_pk', ['plan_id', 'version'])
    .execute();

  await db.schema.alterTable('tasks').addColumn('round_key', 'text').addColumn('returned_reason', 'text').execute();

  await db.schema
    .createTable('report_submissions')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('values', 'jsonb', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('review', 'jsonb')
    .addColumn('on_time', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_submissions_pk', ['task_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('report_submissions').execute();
  await db.schema.dropTable('plan_drafts').execute();
  await db.schema.alterTable('tasks').dropColumn('round_key').dropColumn('returned_reason').execute();
  await db.schema
    .alterTable('plans')
    .dropColumn('schedule')
    .dropColumn('targets')
    .dropColumn('returned_reason')
    .execute();
}
