import { randomUUID } from 'node:crypto';
import { addDays, vnDateOf } from '@cascade/domain';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { publishOpenRoundsTemplate } from './testing/openRoundsTemplate';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const draft = {
  title: `Kế hoạch công tác dân vận chính quyền năm ${year}`,
  directives: [],
  purpose: 'Mục đích',
  tasks: 'Nhiệm vụ',
  organization: 'Tổ chức thực hiện',
};
const issue = (documentNumber: string, subPlanDueOn: string | null) => ({
  documentNumber,
  issuedOn: vnDateOf(new Date()),
  signerName: 'Trần Thị B',
  signerTitle: 'Chủ tịch',
  signingCapacity: 'TM.' as const,
  recipients: [],
  subPlanDueOn,
});
const key = () => randomUUID();

let app: Awaited<ReturnType<typeof startTestCascade>>;
let planId: string;
let openTemplateId: string;

beforeAll(async () => {
  app = await startTestCascade('PGlite');
  openTemplateId = await publishOpenRoundsTemplate(app.url);
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  let taskId: string;
  ({ planId, taskId } = await officer.plans.create.mutate({
    templateId: openTemplateId,
    title: draft.title,
    year,
    idempotencyKey: key(),
  }));
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: key(), baseVersion: 0, draft });
  const leader = await loginAs(app.url, 'gl.lanhdao');
  await leader.plans.issue.mutate({
    taskId,
    idempotencyKey: key(),
    draftVersion: 1,
    issue: { ...issue('44/KH-UBND', addDays(vnDateOf(new Date()), 20)), focalUnitId: 'gl-snv' },
    targets: { skilledModels: 3 },
  });
});
afterAll(() => app?.stop());

async function reportTask(username: string, roundKey: string) {
  const client = await loginAs(app.url, username);
  await expect
    .poll(async () => (await client.tasks.inbox.query()).some((t) => t.roundKey === roundKey), { timeout: 20_000 })
    .toBe(true);
  return { client, task: (await client.tasks.inbox.query()).find((t) => t.roundKey === roundKey)! };
}

it('a leader returns a draft with a reason; the officer revises and every version is kept', async () => {
  const officer = await loginAs(app.url, 'gl-hoi-phu.chuyenvien');
  await expect
    .poll(async () => (await officer.tasks.inbox.query()).some((t) => t.kind === 'plan'), { timeout: 20_000 })
    .toBe(true);
  const task = (await officer.tasks.inbox.query()).find((t) => t.kind === 'plan')!;
  await officer.plans.saveDraft.mutate({ taskId: task.id, idempotencyKey: key(), baseVersion: 0, draft });
  const leader = await loginAs(app.url, 'gl-hoi-phu.lanhdao');
  await leader.plans.returnDraft.mutate({
    taskId: task.id,
    idempotencyKey: key(),
    draftVersion: 1,
    reason: 'Bổ sung chỉ tiêu mô hình Dân vận khéo',
  });
  const refused = await leader.plans.issue
    .mutate({ taskId: task.id, idempotencyKey: key(), draftVersion: 1, issue: issue('7/KH-UBND', null) })
    .catch((e) => e);
  expect(refused.message).toBe('Dự thảo đã bị trả lại; cần chỉnh sửa trước khi ban hành.');
  expect((await officer.tasks.get.query({ taskId: task.id })).plan?.returnedReason).toBe(
    'Bổ sung chỉ tiêu mô hình Dân vận khéo',
  );
  // The sub-plan it was given when the province issued with its two reports (their periods have begun), then the
  // draft sent back.
  expect((await officer.notifications.inbox.query()).map((n) => [n.kind, n.subject])).toEqual([
    ['returned', `Dự thảo bị trả lại: ${draft.title}`],
    ['assigned', `Việc mới: Báo cáo tổng kết năm (${draft.title})`],
    ['assigned', `Việc mới: Báo cáo sơ kết 6 tháng (${draft.title})`],
    ['assigned', `Kế hoạch cấp trên đã ban hành, cần xây dựng kế hoạch triển khai: ${draft.title}`],
  ]);
  expect((await officer.notifications.inbox.query())[0]?.body).toBe('Bổ sung chỉ tiêu mô hình Dân vận khéo');
  await officer.plans.saveDraft.mutate({
    taskId: task.id,
    idempotencyKey: key(),
    baseVersion: 1,
    draft: { ...draft, tasks: 'Xây dựng ít nhất 02 mô hình Dân vận khéo' },
  });
  await leader.plans.issue.mutate({
    taskId: task.id,
    idempotencyKey: key(),
    draftVersion: 2,
    issue: issue('7/KH-UBND', null),
  });
  const versions = await app.db
    .selectFrom('plan_drafts')
    .select(['version', 'content'])
    .where('plan_id', '=', task.planId)
    .orderBy('version')
    .execute();
  expect(versions.map((v) => [v.version, v.content.tasks])).toEqual([
    [1, 'Nhiệm vụ'],
    [2, 'Xây dựng ít nhất 02 mô hình Dân vận khéo'],
  ]);
});

it('units report the 6-month round; the province consolidates with sums, lists who is missing, and returns a report', async () => {
  const pleiku = await reportTask('gl-pleiku.chuyenvien', 'H1');
  const report = await pleiku.client.tasks.get.query({ taskId: pleiku.task.id });
  expect(report.report?.round).toMatchObject({
    label: 'Báo cáo sơ kết 6 tháng',
    dueOnByLevel: expect.arrayContaining([`${year}-05-10`]),
  });
  // The province raised the template's target (2) to 3 when issuing; it flows into every sub-plan's report form.
  expect(report.report?.indicators.find((i) => i.key === 'skilledModels')?.target).toBe(3);
  const review = {
    results: 'Đạt 01/03 mô hình',
    limitations: 'Chưa nhân rộng',
    proposals: 'Tập huấn',
    selfScore: 85,
    commendations: ['Ông Nguyễn Văn C'],
  };
  await pleiku.client.reports.submit.mutate({
    taskId: pleiku.task.id,
    idempotencyKey: key(),
    values: { skilledModels: 1, citizenReceptions: 12 },
    narrative: 'Đã xây dựng 01 mô hình.',
    review,
  });
  const again = await pleiku.client.reports.submit
    .mutate({ taskId: pleiku.task.id, idempotencyKey: key(), values: { skilledModels: 1 }, narrative: '' })
    .catch((e) => e);
  expect(again).toBeInstanceOf(TRPCClientError);
  expect(again.message).toBe('Báo cáo kỳ này đã được gửi.');

  const snv = await reportTask('gl-snv.chuyenvien', 'H1');
  await snv.client.reports.submit.mutate({
    taskId: snv.task.id,
    idempotencyKey: key(),
    values: { skilledModels: 2, citizenReceptions: 3 },
    narrative: 'Sở Nội vụ báo cáo.',
  });

  const province = await loginAs(app.url, 'gl.chuyenvien');
  const provinceLeader = await loginAs(app.url, 'gl.lanhdao');
  const consolidation = await province.reports.consolidation.query({ planId, roundKey: 'H1' });
  expect(consolidation.aggregates).toMatchObject({ skilledModels: 3, citizenReceptions: 15 });
  expect(consolidation.missing).toHaveLength(9);
  expect(consolidation.missing).toContain('Xã Biển Hồ');
  expect(consolidation.reports.find((r) => r.unitName === 'Phường Pleiku')).toMatchObject({
    status: 'onTime',
    values: { skilledModels: 1, citizenReceptions: 12 },
  });

  await province.reports.return.mutate({
    taskId: pleiku.task.id,
    idempotencyKey: key(),
    reason: 'Thiếu số liệu đối thoại',
  });
  // A returned report is not summed until it is sent again.
  expect((await province.reports.consolidation.query({ planId, roundKey: 'H1' })).aggregates).toMatchObject({
    skilledModels: 2,
  });
  const intruder = await loginAs(app.url, 'gl-dien-hong.chuyenvien');
  expect(
    (await intruder.reports.return.mutate({ taskId: snv.task.id, idempotencyKey: key(), reason: 'x' }).catch((e) => e))
      .data?.code,
  ).toBe('FORBIDDEN');
  const notices = await pleiku.client.notifications.inbox.query();
  expect(notices.map((n) => n.subject)).toContain(`Báo cáo bị trả lại: Báo cáo sơ kết 6 tháng (${draft.title})`);
  await pleiku.client.reports.submit.mutate({
    taskId: pleiku.task.id,
    idempotencyKey: key(),
    values: { skilledModels: 1, citizenReceptions: 12, dialogues: 4 },
    narrative: 'Bổ sung số liệu.',
    review,
  });
  await provinceLeader.reports.assess.mutate({ taskId: pleiku.task.id, idempotencyKey: key(), reviewerScore: 75 });
  expect(
    (await province.reports.consolidation.query({ planId, roundKey: 'H1' })).reports.find(
      (r) => r.unitName === 'Phường Pleiku',
    )?.assessment,
  ).toEqual({ selfScore: 85, reviewerScore: 75, grade: 'Hoàn thành tốt nhiệm vụ' });
  const after = await province.reports.consolidation.query({ planId, roundKey: 'H1' });
  expect(after.aggregates).toMatchObject({ skilledModels: 3, dialogues: 4 });

  expect(
    await provinceLeader.reports.assess.mutate({ taskId: snv.task.id, idempotencyKey: key(), reviewerScore: 92 }),
  ).toEqual({ grade: 'Hoàn thành xuất sắc nhiệm vụ' });
  const assessed = await province.reports.consolidation.query({ planId, roundKey: 'H1' });
  expect(assessed.reports.find((r) => r.unitName === 'Sở Nội vụ')?.assessment).toEqual({
    selfScore: null,
    reviewerScore: 92,
    grade: 'Hoàn thành xuất sắc nhiệm vụ',
  });
  const submissions = await app.db
    .selectFrom('report_submissions')
    .select('narrative')
    .where('task_id', '=', pleiku.task.id)
    .execute();
  expect(submissions.map((s) => s.narrative).sort()).toEqual(['Bổ sung số liệu.', 'Đã xây dựng 01 mô hình.']);
});

it('a report with an unknown indicator or a negative value is refused and nothing is written', async () => {
  const { client, task } = await reportTask('gl-thong-nhat.chuyenvien', 'H1');
  const negative = await client.reports.submit
    .mutate({ taskId: task.id, idempotencyKey: key(), values: { skilledModels: -1 }, narrative: '' })
    .catch((e) => e);
  expect(negative.data?.code).toBe('BAD_REQUEST');
  expect(negative.message).toContain('Giá trị chỉ tiêu không được âm');
  const unknown = await client.reports.submit
    .mutate({ taskId: task.id, idempotencyKey: key(), values: { trees: 5 }, narrative: '' })
    .catch((e) => e);
  expect(unknown.message).toBe('Chỉ tiêu không có trong kế hoạch: trees.');
  expect(
    await app.db.selectFrom('report_submissions').select('task_id').where('task_id', '=', task.id).execute(),
  ).toEqual([]);
});

it('a supervisor requests an unscheduled report from the whole province; every unit below gets a report task', async () => {
  const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
  const dueOn = addDays(vnDateOf(new Date()), 7);
  const { roundKey } = await supervisor.reports.requestAdhoc.mutate({
    planId,
    idempotencyKey: key(),
    label: 'Báo cáo đột xuất về tiếp công dân',
    dueOn,
  });
  const { task } = await reportTask('gl-bien-ho.chuyenvien', roundKey);
  expect(task).toMatchObject({ title: `Báo cáo đột xuất về tiếp công dân — ${draft.title}`, status: 'pending' });
  expect(vnDateOf(new Date(task.dueAt!))).toBe(dueOn);
  const outsider = await loginAs(app.url, 'hd-snv.theodoi');
  const refused = await outsider.reports.requestAdhoc
    .mutate({ planId, idempotencyKey: key(), label: 'x', dueOn })
    .catch((e) => e);
  expect(refused.data?.code).toBe('FORBIDDEN');
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { rounds } = await officer.plans.progress.query({ planId });
  expect(rounds.map((r) => r.key)).toEqual(['H1', 'Y', roundKey]);
  // The province's direct subordinates report by the date asked, and by the template's dates for the others.
  expect(rounds.map((r) => r.dueOn)).toEqual([`${year}-05-10`, `${year}-10-30`, dueOn]);
});

it('a ward merged into another hands its open obligations to the successor, whose officers then see them', async () => {
  const merged = await reportTask('gl-thong-nhat.chuyenvien', 'Y');
  const admin = await loginAs(app.url, 'quantri');
  const effectiveOn = `${year}-07-01`;
  expect(
    await admin.admin.mergeUnit.mutate({ unitId: 'gl-thong-nhat', successorUnitId: 'gl-dien-hong', effectiveOn }),
  ).toEqual({ plans: 1 });
  const successor = await loginAs(app.url, 'gl-dien-hong.chuyenvien');
  // The sub-plan, H1 (due 10/5) and the ad hoc report asked above stay owed and pass to Diên Hồng;
  // the annual round falls after the merge and is no longer owed.
  await expect
    .poll(
      async () =>
        (await successor.tasks.inbox.query())
          .filter((t) => t.planId === merged.task.planId)
          .map((t) => t.roundKey?.replace(/^AD-.*/, 'ad hoc') ?? 'plan')
          .sort(),
      { timeout: 20_000 },
    )
    .toEqual(['H1', 'ad hoc', 'plan']);
  const yearly = await app.db
    .selectFrom('tasks')
    .select(['unit_id', 'state'])
    .where('id', '=', merged.task.id)
    .executeTakeFirstOrThrow();
  expect(yearly).toEqual({ unit_id: 'gl-thong-nhat', state: 'handedOver' });
  const province = await loginAs(app.url, 'gl.chuyenvien');
  const annual = await province.reports.consolidation.query({ planId, roundKey: 'Y' });
  expect(annual.reports.find((r) => r.unitName === 'Phường Thống Nhất')?.owed).toBe(false);
  expect(annual.missing).not.toContain('Phường Thống Nhất');
});

it('a second merger of the successor hands on all it owes, its own and what it inherited, to the next successor', async () => {
  const inherited = await reportTask('gl-dien-hong.chuyenvien', 'H1');
  /** The open obligations a unit's officer sees of the two merged wards' sub-plans, named by the ward that issues it. */
  const owed = async (client: typeof inherited.client) =>
    (await client.tasks.inbox.query())
      .filter((t) => ['gl-thong-nhat', 'gl-dien-hong'].includes(t.issuerUnitId) && t.state !== 'handedOver')
      .map((t) => `${t.issuerUnitId}: ${t.roundKey?.replace(/^AD-.*/, 'ad hoc') ?? 'plan'}`)
      .sort();
  // Diên Hồng owes its own sub-plan and reports, and those it took over from Thống Nhất.
  expect((await owed(inherited.client)).filter((t) => t.startsWith('gl-thong-nhat'))).toEqual([
    'gl-thong-nhat: H1',
    'gl-thong-nhat: ad hoc',
    'gl-thong-nhat: plan',
  ]);
  const admin = await loginAs(app.url, 'quantri');
  const effectiveOn = `${year}-08-01`;
  expect(
    await admin.admin.mergeUnit.mutate({ unitId: 'gl-dien-hong', successorUnitId: 'gl-bien-ho', effectiveOn }),
  ).toEqual({ plans: 2 });
  const successor = await loginAs(app.url, 'gl-bien-ho.chuyenvien');
  // Its annual round falls after the merger and is owed by nobody, as in the first merger.
  await expect
    .poll(() => owed(successor), { timeout: 30_000 })
    .toEqual([
      'gl-dien-hong: H1',
      'gl-dien-hong: ad hoc',
      'gl-dien-hong: plan',
      'gl-thong-nhat: H1',
      'gl-thong-nhat: ad hoc',
      'gl-thong-nhat: plan',
    ]);
  expect(await owed(inherited.client)).toEqual([]);
  const successions = await app.db
    .selectFrom('units')
    .select(['id', 'successor_id'])
    .where('id', 'in', ['gl-thong-nhat', 'gl-dien-hong'])
    .orderBy('id')
    .execute();
  expect(successions).toEqual([
    { id: 'gl-dien-hong', successor_id: 'gl-bien-ho' },
    { id: 'gl-thong-nhat', successor_id: 'gl-dien-hong' },
  ]);
});

it('Sở Nội vụ, the focal unit, consolidates for the province; its tổng kết closes the plan year everywhere', async () => {
  const leader = await loginAs(app.url, 'gl.lanhdao');
  const outsider = await leader.plans.issue
    .mutate({
      taskId: `${planId}:plan`,
      idempotencyKey: key(),
      draftVersion: 1,
      issue: { ...issue('45/KH-UBND', null), focalUnitId: 'hd-snv' },
    })
    .catch((e) => e);
  expect([outsider.data?.code, outsider.message]).toEqual([
    'BAD_REQUEST',
    'Đơn vị đầu mối phải là đơn vị ban hành hoặc một đơn vị trực thuộc.',
  ]);
  const pleiku = await reportTask('gl-pleiku.chuyenvien', 'Y');
  await pleiku.client.reports.submit.mutate({
    taskId: pleiku.task.id,
    idempotencyKey: key(),
    values: { skilledModels: 2 },
    narrative: 'Tổng kết của phường.',
    review: { results: 'Đạt', limitations: '', proposals: '', selfScore: 90, commendations: [] },
  });

  const snv = await loginAs(app.url, 'gl-snv.chuyenvien');
  await expect
    .poll(async () => (await snv.tasks.inbox.query()).some((t) => t.planId === planId && t.roundKey === 'Y'), {
      timeout: 20_000,
    })
    .toBe(true);
  const tongKet = (await snv.tasks.inbox.query()).find((t) => t.planId === planId && t.roundKey === 'Y')!;
  expect(tongKet).toMatchObject({ unitId: 'gl', status: 'pending' });
  // Due five days after the subordinates' 30/10.
  expect(vnDateOf(new Date(tongKet.dueAt!))).toBe(`${year}-11-04`);
  const annual = await snv.reports.consolidation.query({ planId, roundKey: 'Y' });
  expect(annual.aggregates).toMatchObject({ skilledModels: 2 });
  await snv.reports.return.mutate({
    taskId: pleiku.task.id,
    idempotencyKey: key(),
    reason: 'Bổ sung đề xuất khen thưởng',
  });
  await pleiku.client.reports.submit.mutate({
    taskId: pleiku.task.id,
    idempotencyKey: key(),
    values: { skilledModels: 2 },
    narrative: 'Bổ sung.',
    review: { results: 'Đạt', limitations: '', proposals: '', selfScore: 90, commendations: ['Tổ dân phố 3'] },
  });

  await snv.reports.submit.mutate({
    taskId: tongKet.id,
    idempotencyKey: key(),
    values: { skilledModels: 2 },
    narrative: 'Tổng kết công tác dân vận chính quyền toàn tỉnh.',
    review: {
      results: 'Đạt 02/03 mô hình',
      limitations: 'Nhiều xã chưa báo cáo',
      proposals: '',
      selfScore: 80,
      commendations: [],
    },
  });
  const planStates = () =>
    app.db
      .selectFrom('plans')
      .select('status')
      .where((eb) => eb.or([eb('id', '=', planId), eb('parent_plan_id', '=', planId)]))
      .execute();
  await expect
    .poll(async () => new Set((await planStates()).map((p) => p.status)), { timeout: 20_000 })
    .toEqual(new Set(['closed']));
  const bienHo = await loginAs(app.url, 'gl-bien-ho.chuyenvien');
  const unfinished = (await bienHo.tasks.inbox.query()).find((t) => t.roundKey === 'Y')!;
  expect(unfinished).toMatchObject({ state: 'closed', status: 'pending' });
  const late = await bienHo.reports.submit
    .mutate({ taskId: unfinished.id, idempotencyKey: key(), values: {}, narrative: '' })
    .catch((e) => e);
  expect([late.data?.code, late.message]).toEqual([
    'CONFLICT',
    'Năm kế hoạch đã kết thúc (đã tổng kết); không thể thay đổi.',
  ]);
  expect(
    await app.db.selectFrom('report_submissions').select('task_id').where('task_id', '=', unfinished.id).execute(),
  ).toEqual([]);
});

it('a report is refused before its period starts, saying when it opens; the inbox keeps it out of "chờ tôi xử lý"', async () => {
  // The seed template's sơ kết of a plan two years ahead: its period starts on 15/12 of next year.
  const later = year + 1;
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const seeded = (await officer.plans.templates.query()).find((t) => t.id !== openTemplateId)!;
  const created = await officer.plans.create.mutate({
    templateId: seeded.id,
    title: `Kế hoạch công tác dân vận chính quyền năm ${later}`,
    year: later,
    idempotencyKey: key(),
  });
  await officer.plans.saveDraft.mutate({ taskId: created.taskId, idempotencyKey: key(), baseVersion: 0, draft });
  const leader = await loginAs(app.url, 'gl.lanhdao');
  await leader.plans.issue.mutate({
    taskId: created.taskId,
    idempotencyKey: key(),
    draftVersion: 1,
    issue: issue('46/KH-UBND', addDays(vnDateOf(new Date()), 20)),
  });
  const ward = await loginAs(app.url, 'gl-bien-ho.chuyenvien');
  const find = (t: { planId: string; roundKey: string | null }) =>
    t.planId === `${created.planId}.gl-bien-ho` && t.roundKey === 'H1';
  await expect.poll(async () => (await ward.tasks.inbox.query()).some(find), { timeout: 20_000 }).toBe(true);
  const task = (await ward.tasks.inbox.query()).find(find)!;
  expect((await ward.tasks.get.query({ taskId: task.id })).report?.opensOn).toBe(`${year}-12-15`);

  const early = await ward.reports.submit
    .mutate({ taskId: task.id, idempotencyKey: key(), values: { skilledModels: 1 }, narrative: 'Báo cáo sớm.' })
    .catch((e) => e);
  expect([early.data?.code, early.message]).toEqual([
    'PRECONDITION_FAILED',
    `Chưa đến kỳ báo cáo: Báo cáo sơ kết 6 tháng mở từ ngày 15/12/${year}. Hãy gửi báo cáo từ ngày đó.`,
  ]);
  expect(
    await app.db.selectFrom('report_submissions').select('task_id').where('task_id', '=', task.id).execute(),
  ).toEqual([]);
  expect(await app.db.selectFrom('tasks').select('state').where('id', '=', task.id).executeTakeFirst()).toEqual({
    state: task.state,
  });

  // The province's own consolidation of that round waits out of sight as well.
  const lanes = await officer.tasks.workQueue.query();
  expect(Object.values(lanes).flatMap((groups) => groups.flatMap((g) => g.tasks.map((t) => t.id)))).not.toContain(
    `${created.planId}:report:H1`,
  );
  const queue = await ward.tasks.workQueue.query();
  const ids = (groups: typeof queue.waitingForMe) => groups.flatMap((g) => g.tasks.map((t) => t.id));
  expect(ids(queue.waitingForMe)).not.toContain(task.id);
  expect(queue.notYetOpen.flatMap((g) => g.tasks)).toContainEqual(
    expect.objectContaining({ id: task.id, nextStep: `Chưa đến kỳ báo cáo — mở từ 15/12/${year}` }),
  );
});
