import { type Kysely, sql } from 'kysely';

/** Activities are retried after a crash: an audit event is keyed so a retry records it once, and mail is an outbox. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('idempotency_key', 'text').execute();
  await db.schema
    .createIndex('audit_events_idempotency_key_idx')
    .unique()
    .on('audit_events')
    .column('idempotency_key')
    .execute();
  await db.schema.alterTable('notifications').addColumn('mailed_at', 'timestamptz').execute();
  // What was written before this migration was mailed, or is past mailing.
  await db
    .updateTable('notifications')
    .set({ mailed_at: sql`created_at` })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('mailed_at').execute();
  await db.schema.dropIndex('audit_events_idempotency_key_idx').execute();
  await db.schema.alterTable('audit_events').dropColumn('idempotency_key').execute();
}
