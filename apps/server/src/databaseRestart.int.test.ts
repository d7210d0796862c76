import { randomUUID } from 'node:crypto';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PostgreSQL');
});
afterAll(() => app?.stop());

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof TRPCClientError)) throw error;
      const data = error.data as { httpStatus?: number; code?: string };
      return { status: data.httpStatus, code: data.code, message: error.message };
    },
  );

async function health() {
  const started = Date.now();
  const response = await fetch(`${app.url}/healthz`);
  return { status: response.status, body: (await response.json()) as unknown, ms: Date.now() - started };
}

it('a PostgreSQL restart: requests meanwhile get a Vietnamese 503, the server lives on, and serves again within 5 s', async () => {
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const [template] = await officer.plans.templates.query();
  const year = new Date().getFullYear() + 1;
  expect(await officer.plans.list.query()).toEqual([]);

  app.postgres!.crash();
  const unavailable = {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message: 'Hệ thống đang kết nối lại cơ sở dữ liệu, vui lòng thử lại sau ít giây.',
  };
  expect(await failureOf(officer.plans.list.query())).toEqual(unavailable);
  const key = randomUUID();
  const create = () =>
    officer.plans.create.mutate({ templateId: template!.id, title: 'Kế hoạch A', year, idempotencyKey: key });
  expect(await failureOf(create())).toEqual(unavailable);
  const down = await health();
  expect(down).toEqual({ status: 503, body: { ok: false, database: false, temporal: true }, ms: expect.any(Number) });
  expect(down.ms).toBeLessThan(1_000);

  app.postgres!.restart();
  const back = Date.now();
  await expect.poll(() => failureOf(officer.plans.list.query()), { timeout: 5_000, interval: 100 }).toBeNull();
  expect(Date.now() - back).toBeLessThan(5_000);
  expect((await health()).body).toEqual({ ok: true, database: true, temporal: true });

  // The action refused during the outage, sent again with its key, goes through once.
  const created = await create();
  expect(await create()).toEqual(created);
  expect((await officer.plans.list.query()).map((p) => p.title)).toEqual(['Kế hoạch A']);
}, 120_000);
