import { type Kysely, sql } from 'kysely';

/** A report the unit's leader must sign off before it is sent: the officer's submission waits here, never lost. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_sign_offs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submission', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('returned_reason', 'text')
    .execute();
  await db.schema
    .createIndex('report_sign_offs_task')
    .on('report_sign_offs')
    .columns(['task_id', 'submitted_at'])
    .execute();
  // Two officers pressing "trình" at once: one submission waits, the other is refused.
  await db.schema
    .createIndex('report_sign_offs_one_pending')
    .on('report_sign_offs')
    .column('task_id')
    .unique()
    .where(sql.ref('state'), '=', 'pending')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_sign_offs').execute();
}
