import { randomUUID } from 'node:crypto';
import type { FormDefinition } from '@cascade/forms';
import { addDays, vnDateOf } from '@cascade/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { halfYearDefinition, issueProvincePlan, publishTemplate } from './testing/provincePlan';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const key = () => randomUUID();

/** What every report of the plan answers beside its indicators: difficulties, and the models built. */
const reportForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    { kind: 'longText', key: 'difficulties', label: 'Khó khăn, vướng mắc', required: true },
    {
      kind: 'table',
      key: 'models',
      label: 'Mô hình "Dân vận khéo" đã xây dựng',
      rowLabel: 'Mô hình',
      columns: [
        { kind: 'shortText', key: 'name', label: 'Tên mô hình', required: true },
        { kind: 'shortText', key: 'field', label: 'Lĩnh vực' },
        { kind: 'longText', key: 'result', label: 'Kết quả' },
      ],
    },
  ],
};

const definition = { ...halfYearDefinition, reportForm };

let app: Awaited<ReturnType<typeof startTestCascade>>;
let planId: string;

beforeAll(async () => {
  app = await startTestCascade('PGlite');
  const templateId = await publishTemplate(app.url, 'bao-cao-co-cau-hoi', 'Kế hoạch có câu hỏi báo cáo', definition);
  const title = `Kế hoạch công tác dân vận chính quyền năm ${year}`;
  ({ planId } = await issueProvincePlan(app.url, { templateId, title, year, documentNumber: '50/KH-UBND' }));
});
afterAll(() => app?.stop());

async function reportTask(username: string, roundKey: string) {
  const client = await loginAs(app.url, username);
  await expect
    .poll(async () => (await client.tasks.inbox.query()).some((t) => t.roundKey === roundKey), { timeout: 20_000 })
    .toBe(true);
  return { client, task: (await client.tasks.inbox.query()).find((t) => t.roundKey === roundKey)! };
}

const storedReports = (taskId: string) =>
  app.db.selectFrom('report_submissions').select(['values', 'details']).where('task_id', '=', taskId).execute();
const taskState = async (taskId: string) =>
  (await app.db.selectFrom('tasks').select('state').where('id', '=', taskId).executeTakeFirstOrThrow()).state;

it('refuses a template whose report form counts an indicator, which belongs to the template’s indicators', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const counted: FormDefinition = {
    schemaVersion: 1,
    fields: [{ kind: 'integer', key: 'models', label: 'Số mô hình', indicator: { aggregate: 'sum', target: 2 } }],
  };
  const refused = await admin.admin.saveTemplate
    .mutate({ slug: 'hong', name: 'Mẫu hỏng', definition: { ...definition, reportForm: counted } })
    .catch((e) => e);
  expect(refused.data?.code).toBe('BAD_REQUEST');
  expect(refused.message).toContain(
    'Chỉ tiêu "Số mô hình" khai báo ở phần chỉ tiêu của mẫu kế hoạch, không đặt trong biểu mẫu báo cáo',
  );
});

it('a template’s report form: every report of its plans asks it; a report without the required answer is refused and nothing is written', async () => {
  const { client, task } = await reportTask('gl-pleiku.chuyenvien', 'H1');
  expect((await client.tasks.get.query({ taskId: task.id })).report?.form).toEqual(reportForm);

  const refused = await client.reports.submit
    .mutate({
      taskId: task.id,
      idempotencyKey: key(),
      values: { skilledModels: 1 },
      narrative: 'Đã xây dựng 01 mô hình.',
    })
    .catch((e) => e);
  expect(refused.data?.code).toBe('BAD_REQUEST');
  expect(refused.message).toBe('Dữ liệu không hợp lệ — difficulties: Khó khăn, vướng mắc không được để trống');
  const badRow = await client.reports.submit
    .mutate({
      taskId: task.id,
      idempotencyKey: key(),
      values: {},
      narrative: '',
      details: { difficulties: 'Thiếu kinh phí', models: [{ name: ' ', field: '', result: '' }] },
    })
    .catch((e) => e);
  expect(badRow.message).toBe('Dữ liệu không hợp lệ — models.0.name: Tên mô hình không được để trống');
  await expect(storedReports(task.id)).resolves.toEqual([]);
  expect(await taskState(task.id)).toBe('open');

  const details = {
    difficulties: 'Thiếu kinh phí duy trì mô hình.',
    models: [{ name: 'Chợ văn minh', field: 'Kinh tế', result: 'Tiểu thương đồng thuận' }],
  };
  const sent = await client.reports.submit.mutate({
    taskId: task.id,
    idempotencyKey: key(),
    values: { skilledModels: 1 },
    narrative: 'Đã xây dựng 01 mô hình.',
    details,
  });
  expect(sent.status).toBe('onTime');
  await expect(storedReports(task.id)).resolves.toEqual([{ values: { skilledModels: 1 }, details }]);
  expect((await client.tasks.get.query({ taskId: task.id })).report?.latest?.details).toEqual(details);
});

it('a supervisor asks for an ad hoc report with its own questions; a unit’s report missing the required answer is refused, a valid one shows in the consolidation', async () => {
  const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
  const dueOn = addDays(vnDateOf(new Date()), 7);
  const form: FormDefinition = {
    schemaVersion: 1,
    fields: [
      { kind: 'longText', key: 'q1', label: 'Kết quả tiếp công dân trong đợt cao điểm', required: true },
      {
        kind: 'singleChoice',
        key: 'q2',
        label: 'Có vụ việc phức tạp, kéo dài',
        options: [
          { value: 'yes', label: 'Có' },
          { value: 'no', label: 'Không' },
        ],
      },
    ],
  };
  const reserved = {
    schemaVersion: 1 as const,
    fields: [{ kind: 'longText' as const, key: 'narrative', label: 'Thuyết minh' }],
  };
  const badForm = await supervisor.reports.requestAdhoc
    .mutate({ planId, idempotencyKey: key(), label: 'Báo cáo đột xuất', dueOn, form: reserved })
    .catch((e) => e);
  expect(badForm.data?.code).toBe('BAD_REQUEST');
  expect(badForm.message).toBe(
    'Dữ liệu không hợp lệ — form.fields.0.key: Mã trường "narrative" dành cho phần chung của báo cáo, hãy đặt mã khác',
  );

  const { roundKey } = await supervisor.reports.requestAdhoc.mutate({
    planId,
    idempotencyKey: key(),
    label: 'Báo cáo đột xuất về tiếp công dân',
    dueOn,
    form,
  });
  const { client, task } = await reportTask('gl-bien-ho.chuyenvien', roundKey);
  // The request's questions replace the template's for this round.
  expect((await client.tasks.get.query({ taskId: task.id })).report?.form).toEqual(form);

  const missing = await client.reports.submit
    .mutate({ taskId: task.id, idempotencyKey: key(), values: {}, narrative: '', details: { q2: 'no' } })
    .catch((e) => e);
  expect([missing.data?.code, missing.message]).toEqual([
    'BAD_REQUEST',
    'Dữ liệu không hợp lệ — q1: Kết quả tiếp công dân trong đợt cao điểm không được để trống',
  ]);
  const templateQuestion = await client.reports.submit
    .mutate({
      taskId: task.id,
      idempotencyKey: key(),
      values: {},
      narrative: '',
      details: { q1: 'Tiếp 12 lượt', difficulties: 'x' },
    })
    .catch((e) => e);
  expect(templateQuestion.message).toBe(
    'Dữ liệu không hợp lệ — difficulties: Trường "difficulties" không có trong biểu mẫu',
  );
  await expect(storedReports(task.id)).resolves.toEqual([]);
  expect(await taskState(task.id)).toBe('open');

  const details = { q1: 'Tiếp 12 lượt công dân, giải quyết dứt điểm 10 vụ việc.', q2: 'no' };
  expect(
    (
      await client.reports.submit.mutate({
        taskId: task.id,
        idempotencyKey: key(),
        values: { skilledModels: 0 },
        narrative: '',
        details,
      })
    ).status,
  ).toBe('onTime');
  await expect(storedReports(task.id)).resolves.toEqual([{ values: { skilledModels: 0 }, details }]);

  const consolidation = await supervisor.reports.consolidation.query({ planId, roundKey });
  expect(consolidation.form).toEqual(form);
  expect(consolidation.reports.find((r) => r.unitName === 'Xã Biển Hồ')?.details).toEqual(details);
  expect(consolidation.reports.find((r) => r.unitName === 'Phường Pleiku')?.details).toBeNull();
  expect(consolidation.missing).toContain('Phường Pleiku');
});

it('a catastrophic pattern in an ad hoc question runs in linear time on a hostile answer; backtracking-only patterns and oversized bodies are refused', async () => {
  const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
  const dueOn = addDays(vnDateOf(new Date()), 7);
  const withPattern = (regex: string): FormDefinition => ({
    schemaVersion: 1,
    fields: [
      { kind: 'shortText', key: 'code', label: 'Mã hồ sơ', pattern: { regex, message: 'Mã hồ sơ chỉ gồm chữ a' } },
    ],
  });
  const lookahead = await supervisor.reports.requestAdhoc
    .mutate({ planId, idempotencyKey: key(), label: 'Đột xuất', dueOn, form: withPattern('a(?=b)') })
    .catch((e) => e);
  expect(lookahead.message).toContain('Biểu thức kiểm tra (regex) không hợp lệ');

  const { roundKey } = await supervisor.reports.requestAdhoc.mutate({
    planId,
    idempotencyKey: key(),
    label: 'Báo cáo đột xuất có mã hồ sơ',
    dueOn,
    form: withPattern('^(a+)+$'),
  });
  const { client, task } = await reportTask('gl-bien-ho.chuyenvien', roundKey);
  const started = performance.now();
  const hostile = await client.reports.submit
    .mutate({
      taskId: task.id,
      idempotencyKey: key(),
      values: {},
      narrative: '',
      details: { code: `${'a'.repeat(900)}!` },
    })
    .catch((e) => e);
  expect(hostile.message).toBe('Dữ liệu không hợp lệ — code: Mã hồ sơ chỉ gồm chữ a');
  expect(performance.now() - started).toBeLessThan(3_000); // backtracking would take longer than the universe's age
  await expect(storedReports(task.id)).resolves.toEqual([]);

  const huge = await fetch(`${app.url}/trpc/reports.submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ taskId: task.id, details: { code: 'a'.repeat(5 * 1024 * 1024) } }),
  });
  expect(huge.status).toBe(413);
  await expect(storedReports(task.id)).resolves.toEqual([]);

  await client.reports.submit.mutate({
    taskId: task.id,
    idempotencyKey: key(),
    values: { skilledModels: 0 },
    narrative: '',
    details: { code: 'aaaa' },
  });
  await expect(storedReports(task.id)).resolves.toEqual([{ values: { skilledModels: 0 }, details: { code: 'aaaa' } }]);
});
