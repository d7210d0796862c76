import { randomUUID } from 'node:crypto';
import { addDays, vnDateOf } from '@cascade/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { withOpenRounds } from './testing/openRoundsTemplate';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const today = vnDateOf(new Date());
const title = `Kế hoạch công tác dân vận chính quyền năm ${year} (thông báo)`;
const draft = { title, directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức thực hiện' };
const key = () => randomUUID();
const review = { results: 'Đạt', limitations: 'Chưa', proposals: '', selfScore: 80, commendations: [] };

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
}, 120_000);
afterAll(() => app?.stop());

/** Every notification of a user, as [kind, task] pairs, in a stable order. */
async function noticesOf(username: string) {
  const client = await loginAs(app.url, username);
  const list = await client.notifications.inbox.query();
  return list.map((n) => `${n.kind} ${n.task_id ?? '—'}`).sort();
}

async function waitForNotices(expected: Record<string, string[]>) {
  for (const [username, notices] of Object.entries(expected))
    await expect.poll(() => noticesOf(username), { timeout: 30_000 }).toEqual([...notices].sort());
}

async function waitForTask(username: string, find: (t: { kind: string; roundKey: string | null }) => boolean) {
  const client = await loginAs(app.url, username);
  await expect.poll(async () => (await client.tasks.inbox.query()).some(find), { timeout: 30_000 }).toBe(true);
  return { client, task: (await client.tasks.inbox.query()).find(find)! };
}

it('tells each person of each step once, from the draft to the tổng kết; the inbox shows who acts next', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const [seeded] = await (await loginAs(app.url, 'gl.chuyenvien')).plans.templates.query();
  const { definition } = await admin.admin.template.query({ id: seeded!.id });
  const steps = [{ key: 'tham-dinh', label: 'Trưởng phòng thẩm định', role: 'head' as const }];
  const { id: templateId } = await admin.admin.saveTemplate.mutate({
    slug: 'thong-bao',
    name: 'Kế hoạch có bước thẩm định',
    definition: { ...withOpenRounds(definition), approvalSteps: steps },
  });
  await admin.admin.publishTemplate.mutate({ id: templateId });

  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const head = await loginAs(app.url, 'gl.truongphong');
  const leader = await loginAs(app.url, 'gl.lanhdao');
  const { planId, taskId } = await officer.plans.create.mutate({ templateId, title, year, idempotencyKey: key() });
  await expect.poll(async () => (await officer.tasks.inbox.query()).some((t) => t.id === taskId)).toBe(true);
  const mine = async () => (await officer.tasks.workQueue.query()).waitingForMe.flatMap((g) => g.tasks);
  expect((await mine()).find((t) => t.id === taskId)).toMatchObject({
    id: taskId,
    nextStep: 'Chuyên viên soạn dự thảo kế hoạch',
    status: 'pending',
  });

  // The rounds' periods have begun: the province's staff hear of its two consolidations at once.
  const provinceRounds = [`assigned ${planId}:report:H1`, `assigned ${planId}:report:Y`];
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: key(), baseVersion: 0, draft });
  await waitForNotices({ 'gl.truongphong': [`approval ${taskId}`], 'gl.lanhdao': provinceRounds });
  const waiting = await officer.tasks.workQueue.query();
  // What is left for the officer is the province's two consolidations, whose periods have begun.
  expect(waiting.waitingForMe.flatMap((g) => g.tasks.map((t) => t.id)).sort()).toEqual(
    [`${planId}:report:H1`, `${planId}:report:Y`].sort(),
  );
  expect(waiting.waitingForOthers[0]?.tasks[0]?.nextStep).toBe('Trưởng phòng duyệt dự thảo (Trưởng phòng thẩm định)');
  expect((await head.tasks.workQueue.query()).waitingForMe[0]?.tasks[0]?.id).toBe(taskId);

  await head.plans.returnDraft.mutate({ taskId, idempotencyKey: key(), draftVersion: 1, reason: 'Bổ sung chỉ tiêu' });
  await waitForNotices({ 'gl.chuyenvien': [`returned ${taskId}`, ...provinceRounds] });
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: key(), baseVersion: 1, draft });
  await head.plans.approve.mutate({ taskId, idempotencyKey: key(), draftVersion: 2, stepKey: 'tham-dinh' });
  await waitForNotices({
    'gl.truongphong': [`approval ${taskId}`, `approval ${taskId}`],
    'gl.lanhdao': [`readyToIssue ${taskId}`, ...provinceRounds],
  });
  expect((await leader.tasks.workQueue.query()).waitingForMe[0]?.tasks[0]?.nextStep).toBe(
    'Lãnh đạo cho số, ký và ban hành kế hoạch',
  );

  const issue = {
    documentNumber: '46/KH-UBND',
    issuedOn: today,
    signerName: 'Nguyễn Văn A',
    signerTitle: 'Chủ tịch',
    signingCapacity: 'TM.' as const,
    recipients: [],
    subPlanDueOn: addDays(today, 30),
    focalUnitId: 'gl-snv',
  };
  await leader.plans.issue.mutate({ taskId, idempotencyKey: key(), draftVersion: 2, issue });
  const wardPlanTask = `${planId}.gl-pleiku:plan`;
  const snvPlanTask = `${planId}.gl-snv:plan`;
  // Each sub-plan's unit hears of its plan and of its two reports, whose periods have begun.
  const roundsOf = (unitId: string) => ['H1', 'Y'].map((round) => `assigned ${planId}.${unitId}:report:${round}`);
  await waitForNotices({
    'gl-pleiku.chuyenvien': [`assigned ${wardPlanTask}`, ...roundsOf('gl-pleiku')],
    'gl-pleiku.lanhdao': [`assigned ${wardPlanTask}`, ...roundsOf('gl-pleiku')],
    'gl-snv.chuyenvien': [`assigned ${snvPlanTask}`, ...roundsOf('gl-snv')],
  });

  // The ward reads the province plan it implements, with what it asks of the ward; its own draft cites it.
  const ward = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  const read = await ward.plans.read.query({ planId });
  expect(read).toMatchObject({ title, issue: { documentNumber: '46/KH-UBND' }, chain: [] });
  expect(read.asks?.subPlanDueOn).toBe(issue.subPlanDueOn);
  expect(read.asks?.tasks.map((t) => t.id)).toContain(wardPlanTask);
  const wardTask = await ward.tasks.get.query({ taskId: wardPlanTask });
  expect(wardTask.plan?.content.directives).toEqual([
    { number: '46/KH-UBND', date: today, issuer: 'Ủy ban nhân dân tỉnh Gia Lai', title },
  ]);
  const wardPlan = await ward.plans.read.query({ planId: `${planId}.gl-pleiku` });
  expect(wardPlan.chain).toEqual([expect.objectContaining({ id: planId, documentNumber: '46/KH-UBND' })]);
  const sibling = await loginAs(app.url, 'gl-bien-ho.chuyenvien');
  await expect(sibling.plans.read.query({ planId: `${planId}.gl-pleiku` })).rejects.toMatchObject({
    data: { code: 'FORBIDDEN' },
  });

  // The round's period has begun (the template's rounds open now): the focal unit's consolidation is in its inbox.
  const snv = await loginAs(app.url, 'gl-snv.chuyenvien');
  const consolidationH1 = `${planId}:report:H1`;
  const lanes = async () => {
    const q = await snv.tasks.workQueue.query();
    return [...q.waitingForMe, ...q.waitingForOthers].flatMap((g) => g.tasks.map((t) => t.id));
  };
  await expect.poll(lanes, { timeout: 30_000 }).toContain(consolidationH1);

  const h1 = await waitForTask('gl-pleiku.chuyenvien', (t) => t.roundKey === 'H1');
  const values = { skilledModels: 1, citizenReceptions: 12 };
  await h1.client.reports.submit.mutate({ taskId: h1.task.id, idempotencyKey: key(), values, narrative: 'x', review });
  await expect.poll(lanes, { timeout: 30_000 }).toContain(consolidationH1);
  await officer.reports.return.mutate({ taskId: h1.task.id, idempotencyKey: key(), reason: 'Thiếu số liệu' });
  await waitForNotices({
    'gl-pleiku.chuyenvien': [`assigned ${wardPlanTask}`, ...roundsOf('gl-pleiku'), `returned ${h1.task.id}`],
    'gl-pleiku.lanhdao': [`assigned ${wardPlanTask}`, ...roundsOf('gl-pleiku'), `returned ${h1.task.id}`],
  });
  await h1.client.reports.submit.mutate({ taskId: h1.task.id, idempotencyKey: key(), values, narrative: 'y', review });

  const annual = await waitForTask('gl-pleiku.chuyenvien', (t) => t.roundKey === 'Y');
  await annual.client.reports.submit.mutate({
    taskId: annual.task.id,
    idempotencyKey: key(),
    values,
    narrative: 'Tổng kết',
    review,
  });
  const consolidationY = `${planId}:report:Y`;
  const received = [`received ${consolidationH1}`, `received ${consolidationH1}`, `received ${consolidationY}`];
  await waitForNotices({
    'gl.chuyenvien': [`returned ${taskId}`, ...provinceRounds, ...received],
    'gl-snv.chuyenvien': [`assigned ${snvPlanTask}`, ...roundsOf('gl-snv'), ...received],
  });

  // The tổng kết: the focal unit sends the province's consolidated annual report, and the year closes.
  await expect.poll(lanes, { timeout: 30_000 }).toContain(consolidationY);
  await snv.reports.submit.mutate({ taskId: consolidationY, idempotencyKey: key(), values, narrative: 'TK', review });
  await expect
    .poll(async () => (await officer.tasks.get.query({ taskId })).plan?.status, { timeout: 30_000 })
    .toBe('closed');

  await new Promise((r) => setTimeout(r, 3_000));
  const final = {
    'gl.chuyenvien': [`returned ${taskId}`, ...provinceRounds, ...received],
    'gl.truongphong': [`approval ${taskId}`, `approval ${taskId}`],
    'gl.lanhdao': [`readyToIssue ${taskId}`, ...provinceRounds],
    'gl-snv.chuyenvien': [`assigned ${snvPlanTask}`, ...roundsOf('gl-snv'), ...received],
    'gl-pleiku.chuyenvien': [`assigned ${wardPlanTask}`, ...roundsOf('gl-pleiku'), `returned ${h1.task.id}`],
    'gl-pleiku.lanhdao': [`assigned ${wardPlanTask}`, ...roundsOf('gl-pleiku'), `returned ${h1.task.id}`],
  };
  for (const [username, notices] of Object.entries(final))
    expect(await noticesOf(username), username).toEqual([...notices].sort());
  const ids = await app.db.selectFrom('notifications').select('id').execute();
  expect(new Set(ids.map((r) => r.id)).size).toBe(ids.length);

  // Mark one, then all, as read.
  const pleiku = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  expect(await pleiku.notifications.unreadCount.query()).toBe(4);
  const [first] = await pleiku.notifications.inbox.query();
  await pleiku.notifications.markRead.mutate({ ids: [first!.id] });
  expect(await pleiku.notifications.unreadCount.query()).toBe(3);
  await pleiku.notifications.markAllRead.mutate();
  expect(await pleiku.notifications.unreadCount.query()).toBe(0);
}, 240_000);
