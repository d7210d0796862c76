import { type Kysely, sql } from 'kysely';

/** Units carry their official code, their office's contact data and a history of versions by effective date. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').renameColumn('official_code', 'code').execute();
  await db.schema.alterTable('units').addColumn('address', 'text').execute();
  await db.schema.alterTable('units').addColumn('phone', 'text').execute();
  await db.schema.alterTable('units').addColumn('email', 'text').execute();
  await db.schema.createIndex('units_code_idx').on('units').column('code').execute();
  await db.schema
    .createTable('unit_versions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('effective_on', 'date', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_by', 'text')
    .execute();
  await db.schema
    .createIndex('unit_versions_unit_idx')
    .on('unit_versions')
    .columns(['unit_id', 'effective_on'])
    .execute();
  await db.schema.createIndex('audit_events_unit_idx').on('audit_events').columns(['unit_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_events_unit_idx').execute();
  await db.schema.dropTable('unit_versions').execute();
  await db.schema.dropIndex('units_code_idx').execute();
  for (const column of ['email', 'phone', 'address']) await db.schema.alterTable('units').dropColumn(column).execute();
  await db.schema.alterTable('units').renameColumn('code', 'official_code').execute();
}
