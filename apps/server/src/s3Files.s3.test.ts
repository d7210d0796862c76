import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { countStoredFiles } from '@cascade/db';
import { defaultPlanForm, type FormDefinition } from '@cascade/forms';
import { freePort, quietTemporalLogs, samplePdf, temporalCliPath } from '@cascade/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningCascade, startCascade } from './cascade';
import { readServerEnv } from './env';
import { loginAs, sessionCookieOf } from './testing/apiClient';
import { type SeaweedS3, startSeaweedS3 } from './testing/seaweedS3';

const pdfType = 'application/pdf';
const planForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    ...defaultPlanForm.fields,
    { kind: 'file', key: 'attachment', label: 'Phụ lục kế hoạch', maxBytes: 2 * 1024 * 1024, accept: [pdfType] },
  ],
};
const definition = {
  cascade: { province: ['commune' as const] },
  lowerLevelDays: 15,
  rounds: [{ key: 'H1', label: 'Báo cáo 6 tháng', period: 'half' as const, dueMonthDay: '05-10' }],
  leadDays: 5,
  workingDayAdjust: 'none' as const,
  remindDaysBefore: [3],
  indicators: [],
  daysOff: [],
  workingDays: [],
  planForm,
};
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let s3: SeaweedS3;
let dataDir: string;
let cascade: RunningCascade | undefined;
beforeAll(async () => {
  quietTemporalLogs();
  s3 = await startSeaweedS3();
  dataDir = mkdtempSync(join(tmpdir(), 'cascade-s3-test-'));
});
afterAll(async () => {
  await cascade?.stop();
  await s3?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The app as `npm start` runs it on one data folder, with or without the S3 store: a restart finds the same data. */
async function start(withS3: boolean) {
  await cascade?.stop();
  cascade = await startCascade(
    readServerEnv({
      PORT: '0',
      CASCADE_DEMO: '1',
      CASCADE_DATA_DIR: dataDir,
      CASCADE_TEMPORAL_CLI: temporalCliPath(),
      CASCADE_TEMPORAL_PORT: String(await freePort()),
      CASCADE_TEMPORAL_UI_PORT: String(await freePort()),
      ...(withS3
        ? {
            CASCADE_S3_ENDPOINT: s3.endpoint,
            CASCADE_S3_BUCKET: s3.bucket,
            CASCADE_S3_ACCESS_KEY_ID: s3.accessKeyId,
            CASCADE_S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
          }
        : {}),
    }),
  );
  return cascade;
}

async function upload(url: string, taskId: string, name: string, bytes: Uint8Array) {
  const query = new URLSearchParams({ taskId, field: 'attachment', name });
  const response = await fetch(`${url}/files?${query}`, {
    method: 'POST',
    headers: {
      cookie: await sessionCookieOf(url, 'gl.chuyenvien'),
      'content-type': 'application/octet-stream',
      origin: url,
    },
    body: bytes,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; name: string; contentType: string; size: number };
}

async function download(url: string, id: string) {
  const response = await fetch(`${url}/files/${id}`, { headers: { cookie: await sessionCookieOf(url, 'gl.lanhdao') } });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

async function objectKeys() {
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
  return (listed.Contents ?? []).map((o) => o.Key).sort();
}

it('files go to the S3 store when it is configured: once per content, read back after a restart, older ones still served from the database', async () => {
  // Without S3 settings the database keeps the content, as before.
  let app = await start(false);
  const admin = await loginAs(app.url, 'quantri');
  const { id: templateId } = await admin.admin.saveTemplate.mutate({
    slug: 'tep-s3',
    name: 'Kế hoạch có tệp',
    definition,
  });
  await admin.admin.publishTemplate.mutate({ id: templateId });
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { taskId } = await officer.plans.create.mutate({
    templateId,
    title: 'Kế hoạch lưu tệp ở kho S3',
    year: new Date().getFullYear() + 1,
    idempotencyKey: randomUUID(),
  });
  const before = samplePdf(3_000);
  const inDatabase = await upload(app.url, taskId, 'Phụ lục cũ.pdf', before);
  expect(await objectKeys()).toEqual([]);

  // With them, a new content goes to the bucket under its sha256, once however often it is uploaded.
  app = await start(true);
  const annex = samplePdf(1_200_000);
  const first = await upload(app.url, taskId, 'Phụ lục kế hoạch năm.pdf', annex);
  const second = await upload(app.url, taskId, 'Bản sao phụ lục.pdf', annex);
  const againOld = await upload(app.url, taskId, 'Phụ lục cũ (lần 2).pdf', before);
  expect(first.id).not.toBe(second.id);
  expect(await objectKeys()).toEqual([`sha256/${sha256Of(annex)}`]);
  expect(await countStoredFiles(app.db)).toEqual({ uploads: 4, contents: 2 });
  const rows = await app.db.selectFrom('file_blobs').select(['sha256', 'content']).orderBy('size').execute();
  expect(rows.map((r) => [r.sha256, r.content === null])).toEqual([
    [sha256Of(before), false],
    [sha256Of(annex), true],
  ]);
  expect(await download(app.url, second.id)).toEqual(annex);
  expect(await download(app.url, inDatabase.id)).toEqual(before);

  // The draft keeps references only; after a restart the same files download unchanged.
  const officerNow = await loginAs(app.url, 'gl.chuyenvien');
  await officerNow.plans.saveDraft.mutate({
    taskId,
    idempotencyKey: randomUUID(),
    baseVersion: 0,
    draft: {
      title: 'Kế hoạch lưu tệp ở kho S3',
      directives: [],
      purpose: 'Mục đích',
      tasks: 'Nhiệm vụ',
      organization: 'Tổ chức thực hiện',
      attachment: first,
    },
  });
  app = await start(true);
  const reread = await loginAs(app.url, 'gl.chuyenvien');
  expect((await reread.tasks.get.query({ taskId })).plan?.content.attachment).toEqual(first);
  expect(await download(app.url, first.id)).toEqual(annex);
  expect(await download(app.url, againOld.id)).toEqual(before);
  expect(await objectKeys()).toEqual([`sha256/${sha256Of(annex)}`]);
});
