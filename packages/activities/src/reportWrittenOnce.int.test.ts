import { emptyPlanContent } from '@cascade/domain';
import {
  createDatabase,
  createPlan,
  findUnitUsersWithRoles,
  latestSubmissions,
  listAudit,
  listNotifications,
  migrateToLatest,
  openReportTasks,
  planTaskId,
  reportTaskId,
} from '@cascade/db';
import { massMobilisationTemplateId, seedDemoData } from '@cascade/db/seed';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from './index';

const db = createDatabase({ memory: true });
beforeAll(async () => {
  await migrateToLatest(db);
  await seedDemoData(db);
}, 120_000);
afterAll(() => db.destroy());

const plan = (id: string, issuerUnitId: string, parentPlanId: string | null) =>
  createPlan(db, {
    id,
    templateId: massMobilisationTemplateId,
    year: 2026,
    title: `Kế hoạch ${id}`,
    content: emptyPlanContent,
    issuerUnitId,
    parentPlanId,
  });

it('a report written again under the same Update id (its workflow task ran again after a worker died) is stored, audited and announced once, with the first time', async () => {
  await plan('kh-tinh', 'gl', null);
  await plan('kh-tinh.pleiku', 'gl-pleiku', 'kh-tinh');
  const dueAt = new Date('2026-05-10T16:59:59.999Z');
  const task = {
    planId: 'kh-tinh.pleiku',
    unitId: 'gl-pleiku',
    workflowId: 'plan-kh-tinh.pleiku',
    planTitle: 'Kế hoạch',
  };
  await openReportTasks(db, task, [{ key: 'H1', label: 'Báo cáo 6 tháng', dueAt }]);
  const [sender] = await findUnitUsersWithRoles(db, 'gl-pleiku', ['officer']);
  const report = {
    planId: 'kh-tinh.pleiku',
    unitId: 'gl-pleiku',
    roundKey: 'H1',
    actorId: sender!.id,
    values: { skilledModels: 3 },
    narrative: 'Đã triển khai',
    details: {},
    updateId: 'gui-bao-cao-1',
  };
  const { recordReport } = createActivities({ db });

  // The first run's local activity, then the run in the new workflow task: a later workflow time, a new activity id.
  const first = await new MockActivityEnvironment({ activityId: '1' }).run(recordReport, {
    ...report,
    submittedAt: '2026-05-10T16:59:58.000Z',
    onTime: true,
  });
  const again = await new MockActivityEnvironment({ activityId: '2' }).run(recordReport, {
    ...report,
    submittedAt: '2026-05-10T17:00:03.000Z',
    onTime: false,
  });

  expect(first).toEqual({ submittedAt: '2026-05-10T16:59:58.000Z', onTime: true });
  expect(again).toEqual(first);
  const taskId = reportTaskId('kh-tinh.pleiku', 'H1');
  const [stored] = await latestSubmissions(db, [taskId]);
  expect(stored).toMatchObject({
    submitted_at: new Date('2026-05-10T16:59:58.000Z'),
    on_time: true,
    update_id: 'gui-bao-cao-1',
  });
  expect((await listAudit(db, taskId)).map((e) => [e.action, e.data.onTime])).toEqual([['report.submitted', true]]);
  const [receiver] = await findUnitUsersWithRoles(db, 'gl', ['officer']);
  const received = (await listNotifications(db, receiver!.id)).filter((n) => n.task_id && n.kind === 'received');
  expect(received).toHaveLength(1);
  // The parent owes no consolidation of H1: the notice opens its plan, and names the sender's unit.
  expect(received[0]).toMatchObject({
    task_id: planTaskId('kh-tinh'),
    subject: expect.stringMatching(/^Đã nhận báo cáo của Phường Pleiku: .*Kế hoạch kh-tinh\.pleiku/),
    body: expect.stringMatching(/^Gửi lúc 10\/05\/2026;/),
  });
});

it("a report's notice opens the receiving unit's consolidation of the round when it owes one", async () => {
  const task = { planId: 'kh-tinh', unitId: 'gl', workflowId: 'plan-kh-tinh', planTitle: 'Kế hoạch' };
  await openReportTasks(db, task, [{ key: 'H1', label: 'Báo cáo 6 tháng', dueAt: new Date('2026-06-10T16:59:59Z') }]);
  const [sender] = await findUnitUsersWithRoles(db, 'gl-pleiku', ['officer']);
  const { recordReport } = createActivities({ db });
  await new MockActivityEnvironment({ activityId: '3' }).run(recordReport, {
    planId: 'kh-tinh.pleiku',
    unitId: 'gl-pleiku',
    roundKey: 'H1',
    actorId: sender!.id,
    values: { skilledModels: 4 },
    narrative: 'Gửi lại',
    details: {},
    updateId: 'gui-bao-cao-2',
    submittedAt: '2026-05-12T02:00:00.000Z',
    onTime: true,
  });
  const [receiver] = await findUnitUsersWithRoles(db, 'gl', ['officer']);
  const received = (await listNotifications(db, receiver!.id)).filter((n) => n.body.startsWith('Gửi lúc 12/05/2026'));
  expect(received.map((n) => [n.kind, n.task_id])).toEqual([['received', reportTaskId('kh-tinh', 'H1')]]);
});
