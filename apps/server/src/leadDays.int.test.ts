import { randomUUID } from 'node:crypto';
import { addDays, vnDateOf } from '@cascade/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

const year = new Date().getFullYear() + 1;
const today = vnDateOf(new Date());
const draft = {
  title: `Kế hoạch công tác dân vận chính quyền năm ${year}`,
  directives: [],
  purpose: 'Mục đích',
  tasks: 'Nhiệm vụ',
  organization: 'Tổ chức thực hiện',
};
const issue = (documentNumber: string, subPlanDueOn: string | null) => ({
  documentNumber,
  issuedOn: today,
  signerName: 'Lê Văn C',
  signerTitle: 'Chủ tịch',
  signingCapacity: 'TM.' as const,
  recipients: [],
  subPlanDueOn,
});
/** Three levels in Gia Lai: the province, its communes and wards, and a ward's Văn phòng – Thống kê. */
const threeLevels = {
  cascade: { province: ['commune' as const], commune: ['office' as const] },
  lowerLevelDays: 15,
  rounds: [
    {
      key: 'H1',
      label: 'Báo cáo sơ kết 6 tháng',
      period: 'half' as const,
      dueMonthDay: '05-10',
      review: 'midYear' as const,
    },
    {
      key: 'Y',
      label: 'Báo cáo tổng kết năm',
      period: 'year' as const,
      dueMonthDay: '10-30',
      review: 'annual' as const,
    },
  ],
  leadDays: 5,
  workingDayAdjust: 'none' as const,
  remindDaysBefore: [3, 1],
  indicators: [],
  daysOff: [],
  workingDays: [],
};

async function saveDraft(unit: string, taskId: string) {
  await (
    await loginAs(app.url, `${unit}.chuyenvien`)
  ).plans.saveDraft.mutate({ taskId, idempotencyKey: randomUUID(), baseVersion: 0, draft });
}

async function issueAs(unit: string, taskId: string, input: ReturnType<typeof issue> & { leadDays?: number }) {
  return (await loginAs(app.url, `${unit}.lanhdao`)).plans.issue
    .mutate({ taskId, idempotencyKey: randomUUID(), draftVersion: 1, issue: input })
    .catch((e) => e);
}

const dueOnOf = async (taskId: string) => {
  await expect
    .poll(
      async () =>
        (await app.db.selectFrom('tasks').select('due_at').where('id', '=', taskId).executeTakeFirst())?.due_at ?? null,
      { timeout: 20_000 },
    )
    .not.toBeNull();
  const { due_at } = await app.db
    .selectFrom('tasks')
    .select('due_at')
    .where('id', '=', taskId)
    .executeTakeFirstOrThrow();
  return vnDateOf(due_at!);
};

it('a ward gives its office its own lead time; the template’s binds the province’s direct subordinates', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const { id } = await admin.admin.saveTemplate.mutate({
    slug: 'ba-cap',
    name: 'Kế hoạch ba cấp',
    definition: threeLevels,
  });
  await admin.admin.publishTemplate.mutate({ id });
  const province = await loginAs(app.url, 'gl.chuyenvien');
  const past = await province.plans.create
    .mutate({ templateId: id, title: draft.title, year: 2024, idempotencyKey: randomUUID() })
    .catch((e) => e);
  expect([past.data?.code, past.message]).toEqual([
    'BAD_REQUEST',
    'Năm 2024 đã kết thúc; không thể lập kế hoạch cho năm đã qua.',
  ]);
  const { planId, taskId } = await province.plans.create.mutate({
    templateId: id,
    title: draft.title,
    year,
    idempotencyKey: randomUUID(),
  });
  await saveDraft('gl', taskId);
  const atTop = await issueAs('gl', taskId, { ...issue('44/KH-UBND', addDays(today, 20)), leadDays: 3 });
  expect([atTop.data?.code, atTop.message]).toEqual([
    'BAD_REQUEST',
    'Hạn báo cáo của các đơn vị trực thuộc do mẫu kế hoạch quy định; chỉ kế hoạch của cấp dưới mới đặt số ngày báo cáo trước.',
  ]);
  await issueAs('gl', taskId, issue('44/KH-UBND', addDays(today, 20)));

  const ward = `${planId}.gl-pleiku`;
  await expect
    .poll(
      async () =>
        (await app.db.selectFrom('tasks').select('id').where('id', '=', `${ward}:plan`).executeTakeFirst())?.id,
      { timeout: 20_000 },
    )
    .toBeDefined();
  await saveDraft('gl-pleiku', `${ward}:plan`);
  const negative = await issueAs('gl-pleiku', `${ward}:plan`, {
    ...issue('12/KH-UBND', addDays(today, 30)),
    leadDays: -1,
  });
  expect([negative.data?.code, negative.message]).toEqual([
    'BAD_REQUEST',
    expect.stringContaining('Số ngày phải là số nguyên từ 0 đến 60'),
  ]);
  await issueAs('gl-pleiku', `${ward}:plan`, { ...issue('12/KH-UBND', addDays(today, 30)), leadDays: 3 });

  // The ward's own reports stay due on the template's dates; its office's, 3 days before them instead of 5.
  expect(await dueOnOf(`${ward}:report:H1`)).toBe(`${year}-05-10`);
  expect(await dueOnOf(`${ward}.gl-pleiku-vptk:report:H1`)).toBe(`${year}-05-07`);
  expect(await dueOnOf(`${ward}.gl-pleiku-vptk:report:Y`)).toBe(`${year}-10-27`);
});
