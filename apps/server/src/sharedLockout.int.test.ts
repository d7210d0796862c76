import { demoPassword } from '@cascade/db/seed';
import { freePort } from '@cascade/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postLogin } from './testing/rawLogin';
import { type ServerProcess, startServerProcess } from './testing/serverProcess';
import { startTestCascade } from './testing/startTestCascade';

// Two server processes on one PostgreSQL database, as behind a load balancer: the first with the worker and the
// embedded Temporal, the second an HTTP server only, on the same database and Temporal.
let first: Awaited<ReturnType<typeof startTestCascade>>;
let second: ServerProcess | undefined;
beforeAll(async () => {
  first = await startTestCascade('PostgreSQL');
  second = startServerProcess({
    PORT: String(await freePort()),
    DATABASE_URL: first.databaseUrl!,
    TEMPORAL_ADDRESS: first.temporalAddress,
    CASCADE_WORKER: 'off',
    CASCADE_DEMO: '0',
  });
  await second.ready;
}, 120_000);
afterAll(async () => {
  if (second) {
    second.signal('SIGTERM');
    await second.exited;
  }
  await first?.stop();
});

it('failed sign-ins spread over two server processes lock the username on both, concurrent tries each counted', async () => {
  const servers = [first.url, second!.url];
  // Two tries at once on each process, then one more on the second: five failures in all, whichever answered.
  const burst = await Promise.all([0, 1, 0, 1].map((n, i) => postLogin(servers[n]!, 'gl-pleiku.lanhdao', `sai-${i}`)));
  expect(burst.map((a) => a.status)).toEqual([401, 401, 401, 401]);
  const fifth = await postLogin(second!.url, 'gl-pleiku.lanhdao', 'sai-5');
  expect(fifth.status).toBe(429);

  // Locked on both: the right password is refused by either process, without a session.
  for (const url of servers) {
    const right = await postLogin(url, 'gl-pleiku.lanhdao', demoPassword);
    expect(right).toMatchObject({ status: 429, cookie: null });
    expect(right.message).toMatch(/^Đăng nhập sai quá nhiều lần: tạm khoá đăng nhập đến \d\d:\d\d:\d\d/);
  }
  const [attempts] = await first.db
    .selectFrom('login_attempts')
    .selectAll()
    .where('key', '=', 'username:gl-pleiku.lanhdao')
    .execute();
  expect(attempts?.failures).toBe(5);

  // Another user is not affected, on either process.
  expect((await postLogin(second!.url, 'gl.lanhdao', demoPassword)).status).toBe(200);
}, 120_000);
