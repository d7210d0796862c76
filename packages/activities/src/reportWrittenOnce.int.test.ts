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
});
