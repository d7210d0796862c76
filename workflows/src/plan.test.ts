import { addDays, vnDateOf, endOfVnDay } from '@cascade/domain';
import { quietTemporalLogs, startTimeSkippingTemporal } from '@cascade/test-support';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePlanUpdate, progressQuery, saveDraftUpdate, taskQueue } from './messages';
import { workflowsPath } from './path';
import { createMemoryPlanActivities, type MemoryUnit } from './testing/memoryPlanActivities';
import type { PlanIssue } from './types';

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  quietTemporalLogs();
  env = await startTimeSkippingTemporal();
  bundle = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
});
afterAll(() => env?.teardown());

const content = {
  directives: [
    {
      number: '33/CT-TTg',
      date: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      title: 'Về tiếp tục tăng cường và đổi mới công tác dân vận',
    },
  ],
  purpose: 'Mục đích',
  tasks: 'Nhiệm vụ',
  organization: 'Tổ chức thực hiện',
};

function issueOf(today: string, subPlanDueOn: string | null): PlanIssue {
  return {
    documentNumber: '44/KH-UBND',
    issuedOn: today,
    signerName: 'Nguyễn Văn A',
    signerTitle: 'Phó Chủ tịch',
    signingCapacity: 'KT.',
    recipients: ['Như trên'],
    subPlanDueOn,
  };
}

async function draftAndIssue(workflowId: string, subPlanDueOn: string | null) {
  const handle = env.client.workflow.getHandle(workflowId);
  const { version } = await handle.executeUpdate(saveDraftUpdate, {
    args: [{ actorId: 'officer', baseVersion: 0, title: 'Kế hoạch', content }],
  });
  return handle.executeUpdate(issuePlanUpdate, {
    args: [{ actorId: 'leader', draftVersion: version, issue: issueOf(await envToday(), subPlanDueOn) }],
  });
}

async function envToday() {
  return vnDateOf(await env.currentTimeMs().then((ms) => new Date(ms)));
}

async function statusOf(workflowId: string) {
  return (await env.client.workflow.getHandle(workflowId).query(progressQuery)).status;
}

async function startPlan(root: MemoryUnit) {
  const fake = createMemoryPlanActivities(root, `kh-${root.id}`);
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: fake.activities,
  });
  const year = new Date().getUTCFullYear() + 1;
  const closesAt = endOfVnDay(`${year}-12-31`).toISOString();
  return { fake, worker, closesAt, year };
}

const noRounds = { rounds: [], remindDaysBefore: [3, 1], indicators: [] };

const twoLevel: MemoryUnit = {
  id: 'gl',
  kind: 'province',
  children: [
    { id: 'snv', kind: 'department' },
    { id: 'pleiku', kind: 'commune' },
    { id: 'bien-ho', kind: 'commune' },
  ],
};

describe('plan cascade on the time-skipping server', () => {
  it('2-level: on time, late and never-acting units get the right status after the deadline', async () => {
    const { fake, worker, closesAt, year } = await startPlan(twoLevel);
    await worker.runUntil(async () => {
      const root = await env.client.workflow.start('planWorkflow', {
        taskQueue,
        workflowId: 'plan-kh-gl',
        args: [
          { planId: 'kh-gl', unitId: 'gl', year, level: 0, dueAt: null, closesAt, schedule: noRounds, targets: {} },
        ],
      });
      const dueOn = addDays(await envToday(), 20);
      await draftAndIssue(root.workflowId, dueOn);
      await expect.poll(async () => (await root.query(progressQuery)).subPlans.length, { timeout: 10_000 }).toBe(3);
      const subPlans = (await root.query(progressQuery)).subPlans;
      expect(subPlans.map((s) => s.dueAt)).toEqual(Array(3).fill(endOfVnDay(dueOn).toISOString()));

      await draftAndIssue('plan-kh-gl.snv', null);
      expect(await statusOf('plan-kh-gl.snv')).toBe('onTime');
      expect(await statusOf('plan-kh-gl.pleiku')).toBe('pending');

      await env.sleep('21 days');
      expect(await statusOf('plan-kh-gl.pleiku')).toBe('overdue');
      expect(await statusOf('plan-kh-gl.bien-ho')).toBe('overdue');

      await draftAndIssue('plan-kh-gl.pleiku', null);
      expect(await statusOf('plan-kh-gl.pleiku')).toBe('late');
      expect(await statusOf('plan-kh-gl.bien-ho')).toBe('overdue');
      expect(await statusOf('plan-kh-gl.snv')).toBe('onTime');
      expect(fake.record.escalations.map((e) => e.planId).sort()).toEqual(['kh-gl.bien-ho', 'kh-gl.pleiku']);
      await expect(draftAndIssue('plan-kh-gl.pleiku', null)).rejects.toThrow();
    });
  });
});

const threeLevel: MemoryUnit = {
  id: 'hd',
  kind: 'province',
  children: [
    {
      id: 'thanh-ha',
      kind: 'district',
      children: [
        { id: 'tan-viet', kind: 'commune' },
        { id: 'thanh-hong', kind: 'commune' },
      ],
    },
    { id: 'nam-sach', kind: 'district', children: [{ id: 'nam-hong', kind: 'commune' }] },
  ],
};

describe('3-level cascade: province → district → commune', () => {
  it('each district cascades again; a commune late, one never acting, one district never acting', async () => {
    const { fake, worker, closesAt, year } = await startPlan(threeLevel);
    await worker.runUntil(async () => {
      const root = await env.client.workflow.start('planWorkflow', {
        taskQueue,
        workflowId: 'plan-kh-hd',
        args: [
          { planId: 'kh-hd', unitId: 'hd', year, level: 0, dueAt: null, closesAt, schedule: noRounds, targets: {} },
        ],
      });
      await draftAndIssue(root.workflowId, addDays(await envToday(), 30));
      await expect.poll(async () => (await root.query(progressQuery)).subPlans.length).toBe(2);

      await env.sleep('2 days');
      const districtDue = addDays(await envToday(), 15);
      await draftAndIssue('plan-kh-hd.thanh-ha', districtDue);
      const district = env.client.workflow.getHandle('plan-kh-hd.thanh-ha');
      await expect
        .poll(async () => (await district.query(progressQuery)).subPlans.map((s) => s.unitId))
        .toEqual(['tan-viet', 'thanh-hong']);
      expect((await district.query(progressQuery)).subPlans[0]!.dueAt).toBe(endOfVnDay(districtDue).toISOString());

      await env.sleep('16 days');
      expect(await statusOf('plan-kh-hd.thanh-ha.tan-viet')).toBe('overdue');
      await draftAndIssue('plan-kh-hd.thanh-ha.tan-viet', null);
      expect(await statusOf('plan-kh-hd.thanh-ha.tan-viet')).toBe('late');
      expect(await statusOf('plan-kh-hd.thanh-ha.thanh-hong')).toBe('overdue');
      expect(await statusOf('plan-kh-hd.thanh-ha')).toBe('onTime');
      expect(await statusOf('plan-kh-hd.nam-sach')).toBe('pending');

      await env.sleep('14 days');
      expect(await statusOf('plan-kh-hd.nam-sach')).toBe('overdue');
      // A district that never issues starts no commune obligations.
      expect((await env.client.workflow.getHandle('plan-kh-hd.nam-sach').query(progressQuery)).subPlans).toEqual([]);
      expect(fake.record.escalations.map((e) => e.planId).sort()).toEqual([
        'kh-hd.nam-sach',
        'kh-hd.thanh-ha.tan-viet',
        'kh-hd.thanh-ha.thanh-hong',
      ]);
    });
  });
});
