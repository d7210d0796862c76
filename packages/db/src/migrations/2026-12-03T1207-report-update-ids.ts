import type { Kysely } from 'kysely';

/**
 * The id of the Update that sent each report (unique per task): a write repeated under the same id (its workflow task ran again after
 * a worker died) stores nothing and answers with the first stored submission. Older rows have none.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('report_submissions').addColumn('update_id', 'text').execute();
  await db.schema
    .createIndex('report_submissions_update_id_idx')
    .unique()
    .on('report_submissions')
    .columns(['task_id', 'update_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('report_submissions_update_id_idx').execute();
  await db.schema.alterTable('report_submissions').dropColumn('update_id').execute();
}
