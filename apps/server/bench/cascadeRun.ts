import { randomUUID } from 'node:crypto';
import { planWorkflowId, reportTaskId } from '@cascade/db';
import { addDays, vnDateOf } from '@cascade/domain';
import { loginAs } from '../src/testing/apiClient';
import { publishOpenRoundsTemplate } from '../src/testing/openRoundsTemplate';
import type { BenchEnvironment } from './environment';
import { benchProvinceId } from './fixture';
import { elapsedSince, until } from './stats';

/** A plan's sub-plan obligations visible in the database: one plan task per sub-plan. */
async function subPlanTaskCount(env: BenchEnvironment, planId: string) {
  const row = await env.db
    .selectFrom('tasks')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('plan_id', 'like', `${planId}.%`)
    .where('kind', '=', 'plan')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function runningChildren(env: BenchEnvironment, planId: string) {
  const query = `WorkflowId STARTS_WITH '${planWorkflowId(planId)}.' AND ExecutionStatus = 'Running'`;
  return (await env.temporal.workflow.count(query)).count;
}

/**
 * The province's officer drafts a plan and its leader issues it over HTTP; the clock runs from the issue until every
 * sub-plan's workflow is running and every sub-plan task is in the database.
 */
export async function measureCascadeFanOut(env: BenchEnvironment, units: number) {
  const officer = await loginAs(env.url, `${benchProvinceId}.chuyenvien`);
  const leader = await loginAs(env.url, `${benchProvinceId}.lanhdao`);
  const key = randomUUID();
  const year = Number(vnDateOf(new Date()).slice(0, 4)) + 1;
  // Next year's plan: its rounds must already be open for the bench to report on them today.
  const templateId = await publishOpenRoundsTemplate(env.url);
  const title = `Kế hoạch đo tải năm ${year}`;
  const { planId, taskId } = await officer.plans.create.mutate({
    templateId,
    title,
    year,
    idempotencyKey: `${key}:create`,
  });
  await officer.plans.saveDraft.mutate({
    taskId,
    idempotencyKey: `${key}:draft`,
    baseVersion: 0,
    draft: {
      title,
      directives: [],
      purpose: 'Đo thời gian phân cấp kế hoạch.',
      tasks: 'Các xã xây dựng kế hoạch.',
      organization: 'Sở Nội vụ theo dõi.',
    },
  });
  const startedAt = performance.now();
  const issuedAtEpochMs = Date.now();
  await leader.plans.issue.mutate({
    taskId,
    idempotencyKey: `${key}:issue`,
    draftVersion: 1,
    issue: {
      documentNumber: '1/KH-UBND',
      issuedOn: vnDateOf(new Date()),
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Chủ tịch',
      signingCapacity: 'TM.',
      recipients: ['UBND các xã'],
      subPlanDueOn: addDays(vnDateOf(new Date()), 30),
    },
  });
  const issueMs = elapsedSince(startedAt);
  let tasksMs = 0;
  let childrenMs = 0;
  await until(
    async () => {
      if (!tasksMs && (await subPlanTaskCount(env, planId)) === units) tasksMs = elapsedSince(startedAt);
      if (!childrenMs && (await runningChildren(env, planId)) === units) childrenMs = elapsedSince(startedAt);
      return tasksMs > 0 && childrenMs > 0;
    },
    600_000,
    'cascade fan-out',
  );
  return { planId, issuedAtEpochMs, issueMs, tasksMs, childrenMs, ms: Math.max(tasksMs, childrenMs) };
}

/** Waits until each sub-plan has opened its report task for the round (each does so when its workflow starts). */
export async function waitForReportTasks(env: BenchEnvironment, planId: string, unitIds: string[], roundKey: string) {
  const ids = unitIds.map((u) => reportTaskId(`${planId}.${u}`, roundKey));
  await until(
    async () => (await env.db.selectFrom('tasks').select('id').where('id', 'in', ids).execute()).length === ids.length,
    300_000,
    `report tasks of round ${roundKey}`,
    250,
  );
}
