import { randomUUID } from 'node:crypto';
import { createActivities } from '@cascade/activities';
import { stillProcessingMessage } from '@cascade/api';
import { planTaskId } from '@cascade/db';
import { createCascadeWorker } from '@cascade/worker';
import { stepsTaskQueue, taskQueue } from '@cascade/workflows';
import { workflowsPath } from '@cascade/workflows/path';
import { NativeConnection, Worker } from '@temporalio/worker';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

const draft = {
  title: 'Kế hoạch công tác dân vận',
  directives: [],
  purpose: 'Mục đích',
  tasks: 'Nhiệm vụ',
  organization: 'Tổ chức',
};

/** The HTTP status a call was answered with (200 when it succeeded). */
const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (error: { data?: { httpStatus?: number } }) => error.data?.httpStatus,
  );

/** A new plan of next year from the first template, by `officer`. */
async function createPlan(officer: Awaited<ReturnType<typeof loginAs>>) {
  const templates = await officer.plans.templates.query();
  return officer.plans.create.mutate({
    templateId: templates[0]!.id,
    title: draft.title,
    year: new Date().getFullYear() + 1,
    idempotencyKey: randomUUID(),
  });
}

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  // No worker: the workflow cannot answer, as when every worker is down or far behind.
  app = await startTestCascade('PGlite', { CASCADE_WORKER: 'off', CASCADE_UPDATE_DEADLINE_MS: '2000' });
});
afterAll(() => app?.stop());

it('a step the workflow has not answered by the deadline is "chưa có kết quả" (408); the same key later returns its result', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const { planId, taskId } = await createPlan(officer);
  const save = { taskId, idempotencyKey: randomUUID(), baseVersion: 0, draft };

  const startedAt = Date.now();
  const answer = await officer.plans.saveDraft.mutate(save).then(
    () => null,
    (error: unknown) => error,
  );
  expect(Date.now() - startedAt).toBeLessThan(8_000);
  expect(answer).toBeInstanceOf(TRPCClientError);
  const failure = answer as { message: string; data: { httpStatus?: number } };
  expect(failure.message).toBe(stillProcessingMessage);
  expect(failure.data.httpStatus).toBe(408);

  // A worker comes back: the step that was accepted runs once, and the caller's retry gets its result.
  const connection = await NativeConnection.connect({ address: app.temporalAddress });
  const worker = await createCascadeWorker({ connection, namespace: 'default', db: app.db });
  await worker.runUntil(async () => {
    expect(await officer.plans.saveDraft.mutate(save)).toEqual({ version: 1 });
    expect(await officer.plans.saveDraft.mutate(save)).toEqual({ version: 1 });
    const drafts = await app.db.selectFrom('plan_drafts').select('version').where('plan_id', '=', planId).execute();
    expect(drafts).toEqual([{ version: 1 }]);
  });
  await connection.close();
});

it('an issue sent again once it is stored is answered from the database, while the workflow has not answered it', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const leader = await loginAs(app.url, 'gl.lanhdao');
  const { planId, taskId } = await createPlan(officer);
  const connection = await NativeConnection.connect({ address: app.temporalAddress });
  await (
    await createCascadeWorker({ connection, namespace: 'default', db: app.db })
  ).runUntil(() => officer.plans.saveDraft.mutate({ taskId, idempotencyKey: randomUUID(), baseVersion: 0, draft }));

  // The issue is written, then the only worker running workflows stops: the Update stays unanswered.
  const activities = createActivities({ db: app.db });
  const workflows = await Worker.create({ connection, taskQueue, workflowsPath, activities });
  const steps = await Worker.create({
    connection,
    taskQueue: stepsTaskQueue,
    activities: {
      ...activities,
      issuePlan: async (input: Parameters<typeof activities.issuePlan>[0]) => {
        await activities.issuePlan(input);
        workflows.shutdown();
      },
    },
  });
  const issue = {
    taskId,
    idempotencyKey: randomUUID(),
    draftVersion: 1,
    issue: {
      documentNumber: '12/KH-UBND',
      issuedOn: new Date().toISOString().slice(0, 10),
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Chủ tịch',
      signingCapacity: 'TM.' as const,
      recipients: ['Như trên'],
      subPlanDueOn: null,
    },
  };
  const other = { ...issue, idempotencyKey: randomUUID() };
  const stopped = workflows.run();
  await steps.runUntil(async () => {
    expect(await statusOf(leader.plans.issue.mutate(issue))).toBe(408);
    await stopped;
    const stored = await app.db
      .selectFrom('tasks')
      .select(['state', 'completed_at'])
      .where('id', '=', planTaskId(planId))
      .executeTakeFirstOrThrow();
    expect(stored.state).toBe('done');

    const startedAt = Date.now();
    expect(await leader.plans.issue.mutate(issue)).toEqual({ issuedAt: stored.completed_at!.toISOString() });
    expect(Date.now() - startedAt).toBeLessThan(1_500);
    // Another key is the workflow's to answer (here: not yet, so 408).
    expect(await statusOf(leader.plans.issue.mutate(other))).toBe(408);
  });
  // A worker comes back: the workflow answers both Updates, and the other key is refused.
  await (
    await createCascadeWorker({ connection, namespace: 'default', db: app.db })
  ).runUntil(async () => expect(await statusOf(leader.plans.issue.mutate(other))).toBe(409));
  await connection.close();
}, 120_000);
