import { startPostgres } from '@cascade/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database, type Kysely } from '../index';
import { migrateToLatest } from '../migrate';
import * as inlineFilesOut from '../migrations/2026-11-30T1210-inline-files-out';
import { massMobilisationTemplateId, seedDemoData } from '../seed/index';
import { countStoredFiles, findFileWithReaders, readFileContent, storeFile } from './files';
import { createPlan } from './plans';

const targets: [string, () => Promise<{ db: Kysely<Database>; stop: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const db = createDatabase({ memory: true });
      return { db, stop: () => db.destroy() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const server = await startPostgres();
      const db = createDatabase({ url: server.url });
      return { db, stop: () => db.destroy().then(() => server.stop()) };
    },
  ],
];

// Every byte value, so no encoding on the way in or out goes unnoticed.
const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...Array.from({ length: 256 }, (_, i) => i)]);

describe.each(targets)('stored files on %s', (_name, open) => {
  let db: Kysely<Database>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, stop } = await open());
    await migrateToLatest(db);
    await seedDemoData(db);
    await createPlan(db, {
      id: 'kh-tep',
      templateId: massMobilisationTemplateId,
      issuerUnitId: 'gl',
      parentPlanId: null,
      year: 2027,
      title: 'Kế hoạch có tệp',
      content: {},
    });
  });
  afterAll(() => stop());

  it('stores a content once however often it is uploaded, and gives back the same bytes', async () => {
    const before = await countStoredFiles(db);
    const upload = { name: 'ke-hoach.pdf', contentType: 'application/pdf', bytes: pdf, planId: 'kh-tep' };
    const first = await storeFile(db, { ...upload, id: 'tep-00000001', uploadedBy: 'u1' });
    await storeFile(db, { ...upload, id: 'tep-00000002', name: 'ban-sao.pdf', uploadedBy: 'u2' });
    expect(first).toEqual({ id: 'tep-00000001', name: 'ke-hoach.pdf', contentType: 'application/pdf', size: 265 });
    expect(await countStoredFiles(db)).toEqual({ uploads: before.uploads + 2, contents: before.contents + 1 });
    const found = await findFileWithReaders(db, 'tep-00000002');
    expect(found).toMatchObject({ name: 'ban-sao.pdf', planId: 'kh-tep', issuerUnitId: 'gl', receiverUnitId: null });
    expect(await readFileContent(db, found!.sha256)).toEqual(pdf);
  });

  it('moves files kept inline by older versions out of plan contents, leaving references', async () => {
    const inline = { name: 'bien-ban.pdf', contentType: 'application/pdf', size: 5, dataBase64: 'JVBERi0=' };
    await db
      .updateTable('plans')
      .set({ content: JSON.stringify({ purpose: 'Mục đích', minutes: inline }) })
      .where('id', '=', 'kh-tep')
      .execute();
    await inlineFilesOut.up(db);
    const { content } = await db
      .selectFrom('plans')
      .select('content')
      .where('id', '=', 'kh-tep')
      .executeTakeFirstOrThrow();
    const minutes = content.minutes as { id: string };
    expect(content).toEqual({
      purpose: 'Mục đích',
      minutes: { id: minutes.id, name: 'bien-ban.pdf', contentType: 'application/pdf', size: 5 },
    });
    const stored = await findFileWithReaders(db, minutes.id);
    expect(await readFileContent(db, stored!.sha256)).toEqual(new TextEncoder().encode('%PDF-'));
  });
});
