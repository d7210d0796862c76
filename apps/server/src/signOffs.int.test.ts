import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { halfYearDefinition, issueProvincePlan, publishTemplate } from './testing/provincePlan';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const key = () => randomUUID();

/** A template whose reports the unit leader must sign off before they are sent. */
const definition = { ...halfYearDefinition, reportSignOff: true };

let app: Awaited<ReturnType<typeof startTestCascade>>;
let planId: string;

beforeAll(async () => {
  app = await startTestCascade('PGlite');
  const templateId = await publishTemplate(app.url, 'bao-cao-ky-duyet', 'Kế hoạch có báo cáo ký duyệt', definition);
  const title = `Kế hoạch dân vận chính quyền năm ${year}`;
  ({ planId } = await issueProvincePlan(app.url, { templateId, title, year, documentNumber: '51/KH-UBND' }));
});
afterAll(() => app?.stop());

async function reportTaskOf(username: string) {
  const client = await loginAs(app.url, username);
  await expect
    .poll(async () => (await client.tasks.inbox.query()).some((t) => t.roundKey === 'H1'), { timeout: 20_000 })
    .toBe(true);
  return { client, taskId: (await client.tasks.inbox.query()).find((t) => t.roundKey === 'H1')!.id };
}

const submissions = (taskId: string) =>
  app.db.selectFrom('report_submissions').select(['values', 'submitted_by']).where('task_id', '=', taskId).execute();
const signOffs = (taskId: string) =>
  app.db
    .selectFrom('report_sign_offs')
    .select(['state', 'submitted_by', 'decided_by', 'decided_at', 'returned_reason'])
    .where('task_id', '=', taskId)
    .orderBy('submitted_at')
    .execute();
/** What the sign-off announced about the task (its opening round's "Việc mới" aside). */
const notificationsOf = (username: string, taskId: string) =>
  app.db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['kind', 'subject', 'body'])
    .where('users.username', '=', username)
    .where('task_id', '=', taskId)
    .where('kind', '!=', 'assigned')
    .execute();
const mineIn = (queue: { waitingForMe: { tasks: { id: string; nextStep: string }[] }[] }, taskId: string) =>
  queue.waitingForMe.flatMap((g) => g.tasks).find((t) => t.id === taskId);
const errorOf = (p: Promise<unknown>) =>
  p.then(() => null).catch((e: { data?: { code?: string }; message: string }) => e);

it('an officer’s report waits for the leader, who returns it; sent again and signed off, the receiving unit gets it once', async () => {
  const { client: officer, taskId } = await reportTaskOf('gl-pleiku.chuyenvien');
  const leader = await loginAs(app.url, 'gl-pleiku.lanhdao');
  const before = await officer.tasks.get.query({ taskId });
  expect(before.report?.needsSignOff).toBe(true);

  const report = { taskId, values: { skilledModels: 1 }, narrative: 'Đã xây dựng 01 mô hình.' };
  const submitted = await officer.reports.submit.mutate({ ...report, idempotencyKey: key() });
  expect(submitted.status).toBe('awaitingSignOff');
  await expect(submissions(taskId)).resolves.toEqual([]);
  expect((await signOffs(taskId)).map((s) => s.state)).toEqual(['pending']);
  const [notice] = await notificationsOf('gl-pleiku.lanhdao', taskId);
  expect(notice).toMatchObject({ kind: 'approval', subject: expect.stringContaining('Trình ký duyệt báo cáo') });
  expect(mineIn(await leader.tasks.workQueue.query(), taskId)?.nextStep).toBe(
    'Lãnh đạo ký duyệt báo cáo trước khi gửi',
  );
  expect(mineIn(await officer.tasks.workQueue.query(), taskId)).toBeUndefined();

  // Pressed twice: the second submission waits for the first to be decided.
  const twice = await errorOf(officer.reports.submit.mutate({ ...report, idempotencyKey: key() }));
  expect(twice?.data?.code).toBe('CONFLICT');
  expect(twice?.message).toContain('đang chờ lãnh đạo ký duyệt');

  const returned = await leader.signOffs.return.mutate({ taskId, idempotencyKey: key(), reason: 'Bổ sung số liệu' });
  expect(returned.returnedAt).toBeTruthy();
  expect(await notificationsOf('gl-pleiku.chuyenvien', taskId)).toEqual([
    expect.objectContaining({ kind: 'returned', body: expect.stringContaining('Bổ sung số liệu') }),
  ]);
  const afterReturn = await officer.tasks.get.query({ taskId });
  expect(afterReturn.report?.signOff).toMatchObject({ state: 'returned', returnedReason: 'Bổ sung số liệu' });
  expect(mineIn(await officer.tasks.workQueue.query(), taskId)?.nextStep).toContain('lãnh đạo trả lại');
  const lateSignOff = await errorOf(leader.signOffs.signOff.mutate({ taskId, idempotencyKey: key() }));
  expect(lateSignOff?.data?.code).toBe('CONFLICT');
  await expect(submissions(taskId)).resolves.toEqual([]);

  await officer.reports.submit.mutate({ ...report, values: { skilledModels: 2 }, idempotencyKey: key() });
  const signKey = key();
  const sent = await leader.signOffs.signOff.mutate({ taskId, idempotencyKey: signKey });
  expect(sent).toMatchObject({ status: 'onTime' });
  // A retried or second sign-off sends nothing more.
  await errorOf(leader.signOffs.signOff.mutate({ taskId, idempotencyKey: signKey }));
  const officerId = (
    await app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'gl-pleiku.chuyenvien')
      .executeTakeFirstOrThrow()
  ).id;
  const leaderId = (
    await app.db.selectFrom('users').select('id').where('username', '=', 'gl-pleiku.lanhdao').executeTakeFirstOrThrow()
  ).id;
  expect(await submissions(taskId)).toEqual([{ values: { skilledModels: 2 }, submitted_by: officerId }]);
  expect(await signOffs(taskId)).toMatchObject([
    { state: 'returned', decided_by: leaderId },
    { state: 'signed', decided_by: leaderId, decided_at: expect.any(Date) },
  ]);
  const page = await officer.tasks.get.query({ taskId });
  expect(page.task.state).toBe('done');
  expect(page.report?.signOff).toMatchObject({ state: 'signed', decidedByName: expect.any(String) });

  const receiver = await loginAs(app.url, 'gl.chuyenvien');
  await expect
    .poll(async () => (await receiver.reports.consolidation.query({ planId, roundKey: 'H1' })).aggregates.skilledModels)
    .toBe(2);
  const received = await app.db
    .selectFrom('notifications')
    .select(['user_id', (eb) => eb.fn.countAll<string>().as('count')])
    .where('kind', '=', 'received')
    .where('subject', 'like', '%Phường Pleiku%')
    .groupBy('user_id')
    .execute();
  expect(received.length).toBeGreaterThan(0);
  expect(received.every((r) => Number(r.count) === 1)).toBe(true);
});

it('refuses the sign-off to the officer, to another unit’s leader and to the province leader, and changes nothing', async () => {
  const { client: officer, taskId } = await reportTaskOf('gl-thong-nhat.chuyenvien');
  await officer.reports.submit.mutate({ taskId, idempotencyKey: key(), values: { skilledModels: 1 }, narrative: '' });
  const before = await signOffs(taskId);

  for (const username of ['gl-thong-nhat.chuyenvien', 'gl-dien-hong.lanhdao', 'gl.lanhdao']) {
    const client = await loginAs(app.url, username);
    const signOff = await errorOf(client.signOffs.signOff.mutate({ taskId, idempotencyKey: key() }));
    expect(signOff?.data?.code, username).toBe('FORBIDDEN');
    const returned = await errorOf(client.signOffs.return.mutate({ taskId, idempotencyKey: key(), reason: 'x' }));
    expect(returned?.data?.code, username).toBe('FORBIDDEN');
  }
  expect(await signOffs(taskId)).toEqual(before);
  await expect(submissions(taskId)).resolves.toEqual([]);
  expect(await notificationsOf('gl-thong-nhat.chuyenvien', taskId)).toEqual([]);
});

it('a leader who fills the report in sends it directly: the leader is its signer', async () => {
  const { taskId } = await reportTaskOf('gl-dien-hong.chuyenvien');
  const leader = await loginAs(app.url, 'gl-dien-hong.lanhdao');
  expect((await leader.tasks.get.query({ taskId })).report?.needsSignOff).toBe(false);
  const sent = await leader.reports.submit.mutate({
    taskId,
    idempotencyKey: key(),
    values: { skilledModels: 3 },
    narrative: '',
  });
  expect(sent).toMatchObject({ status: 'onTime' });
  expect(await submissions(taskId)).toHaveLength(1);
  await expect(signOffs(taskId)).resolves.toEqual([]);
});
