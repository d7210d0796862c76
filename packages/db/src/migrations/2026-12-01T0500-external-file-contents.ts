import type { Kysely } from 'kysely';

/**
 * A content may live in an S3-compatible store instead of the database: its row keeps the sha256 and size (the
 * uploads still point at it) and a null content. Contents stored before stay in the database and stay readable.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('file_blobs')
    .alterColumn('content', (c) => c.dropNotNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('file_blobs')
    .alterColumn('content', (c) => c.setNotNull())
    .execute();
}
