import type { Kysely } from 'kysely';

/** Each user's choice of e-mail for notifications: every event, a daily digest, or none (in-app only). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('notification_email', 'text', (c) => c.notNull().defaultTo('each'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('notification_email').execute();
}
