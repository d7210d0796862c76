import type { Kysely } from 'kysely';

/** A province's own days off and make-up working days, added to the national calendar for its units. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('province_calendar_days')
    .addColumn('province_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('province_calendar_days_pk', ['province_id', 'date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('province_calendar_days').execute();
}
