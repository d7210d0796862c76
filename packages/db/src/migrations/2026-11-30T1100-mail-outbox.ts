import type { Kysely } from 'kysely';

/** The mail outbox's state per notification: attempts, the next one's time, the last error, and the dead letter. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('notifications')
    .addColumn('mail_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mail_next_attempt_at', 'timestamptz')
    .addColumn('mail_error', 'text')
    .addColumn('mail_dead_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('notifications')
    .dropColumn('mail_attempts')
    .dropColumn('mail_next_attempt_at')
    .dropColumn('mail_error')
    .dropColumn('mail_dead_at')
    .execute();
}
