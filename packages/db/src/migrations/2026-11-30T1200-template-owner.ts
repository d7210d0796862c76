import type { Kysely } from 'kysely';

/** A province's administrator keeps the templates of its own subtree; templates without an owner are national. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('templates')
    .addColumn('owner_unit_id', 'text', (c) => c.references('units.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('templates').dropColumn('owner_unit_id').execute();
}
