import type { Kysely } from 'kysely';

/**
 * Failed sign-ins per username and per client address, shared by every server process (several processes each
 * counting on their own would give an attacker that many times the tries); and the audit log read by time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
  await db.schema.createIndex('audit_events_at_idx').on('audit_events').columns(['at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_events_at_idx').execute();
  await db.schema.dropTable('login_attempts').execute();
}
