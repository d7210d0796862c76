import { randomUUID } from 'node:crypto';
import { stillProcessingMessage } from '@cascade/api';
import { createCascadeWorker } from '@cascade/worker';
import { NativeConnection } from '@temporalio/worker';
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

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  // No worker: the workflow cannot answer, as when every worker is down or far behind.
  app = await startTestCascade('PGlite', { CASCADE_WORKER: 'off', CASCADE_UPDATE_DEADLINE_MS: '2000' });
});
afterAll(() => app?.stop());

it('a step the workflow has not answered by the deadline is "đã nhận, đang xử lý"; the same key later returns its result', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const templates = await officer.plans.templates.query();
  const { planId, taskId } = await officer.plans.create.mutate({
    templateId: templates[0]!.id,
    title: draft.title,
    year: new Date().getFullYear() + 1,
    idempotencyKey: randomUUID(),
  });
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
