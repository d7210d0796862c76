import type { Kysely } from 'kysely';

/** The unit that consolidates a plan's reports for its issuer (Sở Nội vụ for the province). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('focal_unit_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').dropColumn('focal_unit_id').execute();
}
