import { type Kysely, sql } from 'kysely';

/**
 * Sessions are kept by the sha256 of their id (a stolen table opens no session), with idle and absolute expiry and
 * where they were opened from. Sessions of the old form cannot be converted: everyone signs in again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('sessions').execute();
  await db.schema.alterTable('sessions').renameColumn('id', 'id_hash').execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('sessions').execute();
  await db.schema.dropIndex('sessions_user_id').execute();
  await db.schema
    .alterTable('sessions')
    .dropColumn('last_seen_at')
    .dropColumn('address')
    .dropColumn('user_agent')
    .execute();
  await db.schema.alterTable('sessions').renameColumn('id_hash', 'id').execute();
}
