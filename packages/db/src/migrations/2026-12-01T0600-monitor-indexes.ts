import type { Kysely } from 'kysely';

/** The monitor reads a cascade's obligations by plan and the plans in a scope by issuer: index both. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('tasks_plan_idx').on('tasks').columns(['plan_id', 'kind']).execute();
  await db.schema.createIndex('plans_issuer_idx').on('plans').columns(['issuer_unit_id', 'year']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('plans_issuer_idx').execute();
  await db.schema.dropIndex('tasks_plan_idx').execute();
}
