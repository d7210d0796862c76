import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface NewFile {
  id: string;
  name: string;
  contentType: string;
  bytes: Uint8Array;
  planId: string;
  uploadedBy: string;
}

/** What a form's values keep of a stored file. */
export interface FileReference {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

/** Where contents go instead of the database when configured: an S3-compatible store, keyed by sha256. */
export interface ExternalContentStore {
  /** Writes the content under its sha256; writing the same content again is harmless. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Uint8Array | undefined>;
}

/**
 * Stores the content once by its sha256 (a second upload of the same bytes adds only its name) and the upload.
 * With an external store the content goes there first, so no row ever names a content that is not stored.
 */
export async function storeFile(
  db: Kysely<Database>,
  file: NewFile,
  external?: ExternalContentStore,
): Promise<FileReference> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  if (external && !(await hasContent(db, sha256))) await external.put(sha256, file.bytes);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('file_blobs')
      .values({ sha256, size: file.bytes.length, content: external ? null : file.bytes })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    await trx
      .insertInto('files')
      .values({
        id: file.id,
        sha256,
        name: file.name,
        content_type: file.contentType,
        size: file.bytes.length,
        plan_id: file.planId,
        uploaded_by: file.uploadedBy,
      })
      .execute();
  });
  return { id: file.id, name: file.name, contentType: file.contentType, size: file.bytes.length };
}

/** An upload with the units that may read it: its plan's issuer and focal unit, and the units its reports go to. */
export async function findFileWithReaders(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('files')
    .innerJoin('plans', 'plans.id', 'files.plan_id')
    .leftJoin('plans as parent', 'parent.id', 'plans.parent_plan_id')
    .select([
      'files.id',
      'files.sha256',
      'files.name',
      'files.content_type as contentType',
      'files.size',
      'files.plan_id as planId',
      'plans.issuer_unit_id as issuerUnitId',
      'plans.focal_unit_id as focalUnitId',
      'parent.issuer_unit_id as receiverUnitId',
      'parent.focal_unit_id as receiverFocalUnitId',
    ])
    .where('files.id', '=', id)
    .executeTakeFirst();
}

async function hasContent(db: Kysely<Database>, sha256: string): Promise<boolean> {
  const blob = await db.selectFrom('file_blobs').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
  return blob !== undefined;
}

/** A content by its sha256: from the database, or from the external store when its row holds none. */
export async function readFileContent(
  db: Kysely<Database>,
  sha256: string,
  external?: ExternalContentStore,
): Promise<Uint8Array | undefined> {
  const blob = await db.selectFrom('file_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
  if (!blob) return undefined;
  if (blob.content) return new Uint8Array(blob.content);
  if (!external) throw new Error(`File content ${sha256} is in an S3-compatible store, and none is configured.`);
  return external.get(sha256);
}

/** The uploads among `ids` made for this plan, as the values may reference them. */
export async function listPlanFiles(db: Kysely<Database>, planId: string, ids: string[]): Promise<FileReference[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files')
    .select(['id', 'name', 'content_type as contentType', 'size'])
    .where('plan_id', '=', planId)
    .where('id', 'in', ids)
    .execute();
}

/** How many uploads and distinct contents are stored. */
export async function countStoredFiles(db: Kysely<Database>): Promise<{ uploads: number; contents: number }> {
  const [uploads, contents] = await Promise.all([
    db
      .selectFrom('files')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('file_blobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { uploads: Number(uploads.n), contents: Number(contents.n) };
}
