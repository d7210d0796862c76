import { randomUUID } from 'node:crypto';
import { createNotifications, markMailFailed } from '@cascade/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

/** Kon Tum 2024's schedule as data: monthly before the 15th, annual before 15/12, moved to the previous working day. */
const konTum = {
  cascade: { province: ['department', 'commune'] as ('department' | 'commune')[] },
  lowerLevelDays: 15,
  rounds: [
    { key: 'M', label: 'Báo cáo tháng', period: 'month' as const, every: 'month' as const, dueDay: 15 },
    { key: 'Y', label: 'Báo cáo năm', period: 'year' as const, dueMonthDay: '12-15', review: 'annual' as const },
  ],
  leadDays: 5,
  workingDayAdjust: 'previous' as const,
  remindDaysBefore: [3, 1],
  indicators: [{ key: 'dialogues', label: 'Số cuộc đối thoại', aggregate: 'sum' as const, target: 4 }],
  daysOff: [],
  workingDays: [],
};

it('an administrator designs, publishes and uses a template; an admin-kept day off moves due dates', async () => {
  const admin = await loginAs(app.url, 'quantri');
  await admin.admin.setCalendarDay.mutate({ date: '2027-06-15', kind: 'dayOff', note: 'Nghỉ bù (ví dụ)' });
  const { id } = await admin.admin.saveTemplate.mutate({
    slug: 'bao-cao-thang',
    name: 'Kế hoạch có báo cáo tháng',
    definition: konTum,
  });
  expect(id).toBe('bao-cao-thang-v1');
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  expect((await officer.plans.templates.query()).map((t) => t.id)).not.toContain(id);
  await admin.admin.publishTemplate.mutate({ id });
  expect((await admin.admin.publishTemplate.mutate({ id }).catch((e) => e)).message).toBe(
    'Mẫu không tồn tại hoặc đã được công bố.',
  );

  const { planId } = await officer.plans.create.mutate({
    templateId: id,
    title: 'Kế hoạch năm 2027',
    year: 2027,
    idempotencyKey: randomUUID(),
  });
  const plan = await app.db
    .selectFrom('plans')
    .select(['schedule', 'targets'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  const due = Object.fromEntries(plan.schedule.rounds.map((r) => [r.key, r.dueOnByLevel.slice(0, 2)]));
  expect(plan.schedule.rounds).toHaveLength(13);
  expect(due['M-01']).toEqual(['2027-01-15', '2027-01-08']); // Friday; five days earlier is a Sunday, so Friday 8/1
  expect(due['M-05']).toEqual(['2027-05-14', '2027-05-07']); // 15/5/2027 is a Saturday
  expect(due['M-06']).toEqual(['2027-06-14', '2027-06-09']); // the admin's day off
  expect(due.Y).toEqual(['2027-12-15', '2027-12-10']);
  expect(plan.targets).toEqual({ dialogues: 4 });
});

it('only an administrator edits templates and the calendar; a bad template is refused with its reason', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  expect(
    (await officer.admin.setCalendarDay.mutate({ date: '2027-01-02', kind: 'workingDay', note: 'x' }).catch((e) => e))
      .data?.code,
  ).toBe('FORBIDDEN');
  const admin = await loginAs(app.url, 'quantri');
  const weekly = await admin.admin.saveTemplate
    .mutate({
      slug: 'bad',
      name: 'x',
      definition: { ...konTum, rounds: [{ key: 'W', label: 'Tuần', period: 'week' as never }] },
    })
    .catch((e) => e);
  expect(weekly.data?.code).toBe('BAD_REQUEST');
  expect(weekly.message).toContain('Kỳ phải là month, quarter, half, nine-months hoặc year');
  const noDue = await admin.admin.saveTemplate
    .mutate({
      slug: 'bad',
      name: 'x',
      definition: { ...konTum, rounds: [{ key: 'H', label: '6 tháng', period: 'half' }] },
    })
    .catch((e) => e);
  expect(noDue.message).toMatch(/^Lịch báo cáo không hợp lệ: /);
  expect((await admin.admin.templates.query()).map((t) => t.id)).not.toContain('bad-v1');
});

it('a template’s approval steps: the head reviews the draft before the leader may issue it', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const steps = [{ key: 'review', label: 'Trưởng phòng Tổng hợp thẩm định', role: 'head' as const }];
  const twice = await admin.admin.saveTemplate
    .mutate({ slug: 'hai-buoc', name: 'x', definition: { ...konTum, approvalSteps: [...steps, ...steps] } })
    .catch((e) => e);
  expect([twice.data?.code, twice.message]).toEqual([
    'BAD_REQUEST',
    expect.stringContaining('Hai bước duyệt trùng mã'),
  ]);
  const { id } = await admin.admin.saveTemplate.mutate({
    slug: 'hai-buoc',
    name: 'Kế hoạch duyệt hai bước',
    definition: { ...konTum, approvalSteps: steps },
  });
  await admin.admin.publishTemplate.mutate({ id });

  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { taskId } = await officer.plans.create.mutate({
    templateId: id,
    title: 'Kế hoạch năm 2027',
    year: 2027,
    idempotencyKey: randomUUID(),
  });
  await expect
    .poll(async () => (await officer.tasks.inbox.query()).some((t) => t.id === taskId), { timeout: 20_000 })
    .toBe(true);
  await officer.plans.saveDraft.mutate({
    taskId,
    idempotencyKey: randomUUID(),
    baseVersion: 0,
    draft: { title: 'Kế hoạch năm 2027', directives: [], purpose: 'a', tasks: 'b', organization: 'c' },
  });
  const leader = await loginAs(app.url, 'gl.lanhdao');
  const issue = {
    documentNumber: '9/KH-UBND',
    issuedOn: '2027-01-10',
    signerName: 'A',
    signerTitle: 'Chủ tịch',
    signingCapacity: 'TM.' as const,
    recipients: [],
    subPlanDueOn: null,
  };
  const early = await leader.plans.issue
    .mutate({ taskId, idempotencyKey: randomUUID(), draftVersion: 1, issue })
    .catch((e) => e);
  expect([early.data?.code, early.message]).toEqual([
    'CONFLICT',
    'Dự thảo chưa qua bước: Trưởng phòng Tổng hợp thẩm định.',
  ]);
  const notHead = await leader.plans.approve
    .mutate({ taskId, idempotencyKey: randomUUID(), draftVersion: 1, stepKey: 'review' })
    .catch((e) => e);
  expect([notHead.data?.code, notHead.message]).toEqual([
    'FORBIDDEN',
    'Bước "Trưởng phòng Tổng hợp thẩm định" do trưởng phòng duyệt.',
  ]);

  const head = await loginAs(app.url, 'gl.truongphong');
  await head.plans.approve.mutate({ taskId, idempotencyKey: randomUUID(), draftVersion: 1, stepKey: 'review' });
  const { plan } = await leader.tasks.get.query({ taskId });
  expect(plan?.approvals.map((a) => a.stepKey)).toEqual(['review']);
  await leader.plans.issue.mutate({ taskId, idempotencyKey: randomUUID(), draftVersion: 1, issue });
  expect((await leader.tasks.get.query({ taskId })).plan?.status).toBe('issued');
});

it('an administrator reads a version whole, its due dates per level for a year, and the units a merger can name', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const seeded = await admin.admin.template.query({ id: 'dan-van-chinh-quyen-v1' });
  expect(seeded).toMatchObject({
    name: 'Kế hoạch thực hiện công tác dân vận chính quyền',
    version: 1,
    definition: { leadDays: 5, lowerLevelDays: 15 },
  });
  expect(seeded.definition.rounds.map((r) => r.key)).toEqual(['H1', 'Y']);
  const preview = await admin.admin.previewSchedule.query({ id: seeded.id, year: 2027 });
  expect(preview.map((r) => [r.key, r.dueOnByLevel.slice(0, 3)])).toEqual([
    ['H1', ['2027-05-10', '2027-05-05', '2027-04-30']],
    ['Y', ['2027-10-30', '2027-10-25', '2027-10-20']],
  ]);
  expect((await admin.admin.template.query({ id: 'khong-co-v1' }).catch((e) => e)).message).toBe(
    'Không tìm thấy mẫu kế hoạch.',
  );
  const units = await admin.admin.units.query();
  expect(units.find((u) => u.id === 'gl-pleiku')).toEqual({
    id: 'gl-pleiku',
    name: 'Phường Pleiku',
    kind: 'commune',
    parentId: 'gl',
    effectiveTo: null,
    successorId: null,
  });
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  expect((await officer.admin.units.query().catch((e) => e)).data?.code).toBe('FORBIDDEN');
  expect(
    (
      await admin.admin.mergeUnit
        .mutate({ unitId: 'gl-pleiku', successorUnitId: 'gl-pleiku', effectiveOn: '2027-01-01' })
        .catch((e) => e)
    ).message,
  ).toBe('Đơn vị kế thừa phải khác đơn vị bị sáp nhập.');
});

it('an administrator sees the mail the outbox gave up on, with the server’s answer, and sends it again', async () => {
  const id = `overdue:test:${randomUUID()}:gl-pleiku.lanhdao`;
  await createNotifications(app.db, [
    { id, userId: 'gl-pleiku.lanhdao', kind: 'overdue', subject: 'Quá hạn: thử', body: 'Hạn đã qua.', taskId: null },
  ]);
  await markMailFailed(app.db, id, { error: '550 Mailbox unavailable', at: new Date(), retryAt: null });

  const admin = await loginAs(app.url, 'quantri');
  const operations = await admin.admin.operations.query();
  expect(operations.deadMail.find((m) => m.id === id)).toMatchObject({
    to: 'gl-pleiku.lanhdao@cascade.invalid',
    subject: 'Quá hạn: thử',
    attempts: 1,
    error: '550 Mailbox unavailable',
  });
  expect(await admin.admin.retryMail.mutate({ ids: [id] })).toEqual({ queued: 1 });
  expect((await admin.admin.operations.query()).deadMail.find((m) => m.id === id)).toBeUndefined();

  const officer = await loginAs(app.url, 'gl.chuyenvien');
  await expect(officer.admin.operations.query()).rejects.toThrow();
});
