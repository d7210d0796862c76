import { randomUUID } from 'node:crypto';
import { countStoredFiles } from '@cascade/db';
import { addDays, vnDateOf } from '@cascade/domain';
import { defaultPlanForm, type FormDefinition } from '@cascade/forms';
import { samplePdf, samplePng, sampleXlsx } from '@cascade/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs, sessionCookieOf } from './testing/apiClient';
import { halfYearDefinition } from './testing/provincePlan';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const key = () => randomUUID();
const pdfType = 'application/pdf';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const planForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    ...defaultPlanForm.fields,
    { kind: 'file', key: 'attachment', label: 'Phụ lục kế hoạch', maxBytes: 2 * 1024 * 1024, accept: [pdfType] },
  ],
};
const reportForm: FormDefinition = {
  schemaVersion: 1,
  fields: [{ kind: 'file', key: 'annex', label: 'Biểu số liệu kèm theo', maxBytes: 1024 * 1024, accept: [xlsxType] }],
};
const definition = { ...halfYearDefinition, indicators: [], planForm, reportForm };
const sections = { directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức thực hiện' };

let app: Awaited<ReturnType<typeof startTestCascade>>;
let templateId: string;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
  const admin = await loginAs(app.url, 'quantri');
  ({ id: templateId } = await admin.admin.saveTemplate.mutate({ slug: 'co-tep', name: 'Kế hoạch có tệp', definition }));
  await admin.admin.publishTemplate.mutate({ id: templateId });
});
afterAll(() => app?.stop());

async function upload(username: string, taskId: string, field: string, name: string, bytes: Uint8Array) {
  const query = new URLSearchParams({ taskId, field, name });
  const response = await fetch(`${app.url}/files?${query}`, {
    method: 'POST',
    headers: {
      cookie: await sessionCookieOf(app.url, username),
      'content-type': 'application/octet-stream',
      origin: app.url,
    },
    body: bytes,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function download(username: string | null, id: unknown) {
  const headers: Record<string, string> = username ? { cookie: await sessionCookieOf(app.url, username) } : {};
  const response = await fetch(`${app.url}/files/${String(id)}`, { headers });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** What Temporal keeps of a workflow: its history's size in bytes and its number of events. */
async function historyOf(workflowId: string) {
  const handle = app.temporal.workflow.getHandle(workflowId);
  const { raw } = await handle.describe();
  const events = (await handle.fetchHistory()).events?.length ?? 0;
  return { bytes: Number(raw.workflowExecutionInfo?.historySizeBytes ?? 0), events };
}

it('a plan’s attachment is stored once outside Temporal: twenty saves keep the history small, and its readers download the same bytes', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { taskId, planId } = await officer.plans.create.mutate({
    templateId,
    title: 'Kế hoạch có phụ lục',
    year,
    idempotencyKey: key(),
  });
  const before = await countStoredFiles(app.db);
  const pdf = samplePdf(1_400_000);
  const uploaded = await upload('gl.chuyenvien', taskId, 'attachment', 'Phụ lục kế hoạch năm.pdf', pdf);
  expect(uploaded).toEqual({
    status: 201,
    body: { id: expect.any(String), name: 'Phụ lục kế hoạch năm.pdf', contentType: pdfType, size: pdf.length },
  });
  const again = await upload('gl.chuyenvien', taskId, 'attachment', 'ban-sao.pdf', pdf);
  expect(await countStoredFiles(app.db)).toEqual({ uploads: before.uploads + 2, contents: before.contents + 1 });

  for (let version = 0; version < 20; version++) {
    await officer.plans.saveDraft.mutate({
      taskId,
      idempotencyKey: key(),
      baseVersion: version,
      draft: {
        title: 'Kế hoạch có phụ lục',
        ...sections,
        purpose: `Mục đích, lần ${version + 1}`,
        attachment: uploaded.body,
      },
    });
  }
  const saved = (await officer.tasks.get.query({ taskId })).plan?.content;
  expect(saved?.attachment).toEqual(uploaded.body);
  // Inline, each save carried the file twice (the update and the activity): 20 × 2 × 1.9 MB of base64.
  const history = await historyOf(`plan-${planId}`);
  console.error(`plan history after 20 saves with a ${pdf.length}-byte attachment: ${JSON.stringify(history)}`);
  expect(history.bytes).toBeGreaterThan(0);
  expect(history.bytes).toBeLessThan(100_000);
  expect(history.events).toBeLessThan(400);

  const { response, bytes } = await download('gl.lanhdao', uploaded.body.id);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(pdfType);
  expect(response.headers.get('content-disposition')).toContain(
    `filename*=UTF-8''${encodeURIComponent('Phụ lục kế hoạch năm.pdf')}`,
  );
  expect(bytes).toEqual(pdf);
  expect((await download('gl-snv.theodoi', again.body.id)).bytes).toEqual(pdf);

  // Another province's officer, a commune below, and nobody logged in may not read it.
  const outsider = await download('hd-tan-viet.chuyenvien', uploaded.body.id);
  expect(outsider.response.status).toBe(403);
  expect(JSON.parse(new TextDecoder().decode(outsider.bytes)).error).toContain('Bạn không có quyền xem tệp này');
  expect((await download('gl-pleiku.chuyenvien', uploaded.body.id)).response.status).toBe(403);
  // Each forbidden download is in the audit log: who, which file, from where.
  const refusals = await app.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'unit_id', 'subject_id', 'data'])
    .where('action', '=', 'access.refused')
    .where('subject_id', '=', `GET /files/${String(uploaded.body.id)}`)
    .orderBy('id')
    .execute();
  expect(refusals.map((r) => [r.actor_user_id, r.unit_id])).toEqual([
    ['hd-tan-viet.chuyenvien', 'hd-tan-viet'],
    ['gl-pleiku.chuyenvien', 'gl-pleiku'],
  ]);
  expect(refusals[0]?.data).toMatchObject({
    reason: 'file',
    address: '127.0.0.1',
    message: expect.stringContaining('Bạn không có quyền xem tệp này'),
  });
  expect((await download(null, uploaded.body.id)).response.status).toBe(401);
  expect((await download('gl.lanhdao', randomUUID())).response.status).toBe(404);
}, 120_000);

it('refuses a file whose content is not an accepted type, or too large, with a Vietnamese message, and stores nothing', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { taskId } = await officer.plans.create.mutate({ templateId, title: 'Kế hoạch', year, idempotencyKey: key() });
  const before = await countStoredFiles(app.db);

  const disguised = await upload('gl.chuyenvien', taskId, 'attachment', 'anh-chup.pdf', samplePng());
  expect(disguised.status).toBe(415);
  expect(disguised.body.error).toBe('Nội dung tệp không phải loại được nhận (PDF); hãy chọn tệp đúng loại.');
  const script = await upload(
    'gl.chuyenvien',
    taskId,
    'attachment',
    'ke-hoach.pdf',
    new TextEncoder().encode('<script>'),
  );
  expect(script.status).toBe(415);
  const oversize = await upload('gl.chuyenvien', taskId, 'attachment', 'lon.pdf', samplePdf(2 * 1024 * 1024));
  expect(oversize.status).toBe(413);
  expect(oversize.body.error).toBe('Tệp vượt quá 2 MB cho phép; hãy chọn tệp nhỏ hơn hoặc nén lại.');
  const huge = await upload('gl.chuyenvien', taskId, 'attachment', 'rat-lon.pdf', samplePdf(21 * 1024 * 1024));
  expect(huge.status).toBe(413);
  expect(huge.body.error).toBe('Tệp vượt quá 20 MB, mức tối đa hệ thống nhận; hãy chọn tệp nhỏ hơn.');
  const otherUnit = await upload('hd-tan-viet.chuyenvien', taskId, 'attachment', 'a.pdf', samplePdf());
  expect(otherUnit.status).toBe(403);
  expect(await countStoredFiles(app.db)).toEqual(before);

  // A reference the browser made up, or to another plan's file, is refused too.
  const forged = await officer.plans.saveDraft
    .mutate({
      taskId,
      idempotencyKey: key(),
      baseVersion: 0,
      draft: {
        title: 'Kế hoạch',
        ...sections,
        attachment: { id: randomUUID(), name: 'gia.pdf', contentType: pdfType, size: 10 },
      },
    })
    .catch((e) => e);
  expect(forged.data?.code).toBe('BAD_REQUEST');
  expect(forged.message).toBe(
    'Phụ lục kế hoạch: không tìm thấy tệp đã tải lên cho kế hoạch này; hãy chọn và tải tệp lên lại.',
  );
}, 120_000);

it('a report’s annex goes to the units the report goes to, and no further', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { taskId, planId } = await officer.plans.create.mutate({
    templateId,
    title: 'Kế hoạch báo cáo',
    year,
    idempotencyKey: key(),
  });
  await officer.plans.saveDraft.mutate({
    taskId,
    idempotencyKey: key(),
    baseVersion: 0,
    draft: { title: 'Kế hoạch báo cáo', ...sections },
  });
  const leader = await loginAs(app.url, 'gl.lanhdao');
  await leader.plans.issue.mutate({
    taskId,
    idempotencyKey: key(),
    draftVersion: 1,
    issue: {
      documentNumber: '60/KH-UBND',
      issuedOn: vnDateOf(new Date()),
      signerName: 'Trần Thị B',
      signerTitle: 'Chủ tịch',
      signingCapacity: 'TM.',
      recipients: [],
      subPlanDueOn: addDays(vnDateOf(new Date()), 20),
    },
  });
  const commune = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  const reportTaskId = `${planId}.gl-pleiku:report:H1`;
  await expect
    .poll(async () => (await commune.tasks.inbox.query()).some((t) => t.id === reportTaskId), { timeout: 20_000 })
    .toBe(true);
  const xlsx = sampleXlsx();
  const annex = await upload('gl-pleiku.chuyenvien', reportTaskId, 'annex', 'Biểu số liệu.xlsx', xlsx);
  expect(annex.status).toBe(201);
  await commune.reports.submit.mutate({
    taskId: reportTaskId,
    idempotencyKey: key(),
    values: {},
    narrative: 'Báo cáo kèm biểu số liệu.',
    details: { annex: annex.body },
  });
  expect((await commune.tasks.get.query({ taskId: reportTaskId })).report?.latest?.details).toEqual({
    annex: annex.body,
  });
  expect((await download('gl.lanhdao', annex.body.id)).bytes).toEqual(xlsx);
  expect((await download('gl-pleiku.lanhdao', annex.body.id)).bytes).toEqual(xlsx);
  expect((await download('gl-bien-ho.chuyenvien', annex.body.id)).response.status).toBe(403);
  const history = await historyOf(`plan-${planId}.gl-pleiku`);
  expect(history.bytes).toBeLessThan(100_000);
}, 120_000);
