import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, temporalCliPath } from '@cascade/test-support';
import { TRPCClientError } from '@trpc/client';
import { afterAll, expect, it } from 'vitest';
import { isPortTaken, processListeningOn } from './orphanTemporal';
import { loginAs } from './testing/apiClient';
import { type ServerProcess, startServerProcess } from './testing/serverProcess';

const dataDir = mkdtempSync(join(tmpdir(), 'cascade-supervision-'));
const started: ServerProcess[] = [];
const strays: number[] = [];
afterAll(() => {
  for (const server of started) server.signal('SIGKILL');
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const ports = { http: 0, temporal: 0, ui: 0 };
function start() {
  const server = startServerProcess({
    PORT: String(ports.http),
    CASCADE_DATA_DIR: dataDir,
    CASCADE_TEMPORAL_PORT: String(ports.temporal),
    CASCADE_TEMPORAL_UI_PORT: String(ports.ui),
  });
  started.push(server);
  return server;
}

const timed = async <T>(action: () => Promise<T>) => {
  const begun = Date.now();
  const result = await action();
  return { result, ms: Date.now() - begun };
};
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof TRPCClientError)) throw error;
      return { status: (error.data as { httpStatus?: number }).httpStatus, message: error.message };
    },
  );
const health = async (url: string) => (await fetch(`${url}/healthz`)).json() as Promise<unknown>;
const temporalAway = {
  status: 503,
  message: 'Hệ thống đang khởi động lại bộ xử lý quy trình, vui lòng thử lại sau ít giây.',
};

it('the embedded Temporal dev server is supervised: restarted when it dies, 503 at once while away, never orphaned', async () => {
  Object.assign(ports, { http: await freePort(), temporal: await freePort(), ui: await freePort() });

  // Another program on Temporal's port: the start is refused with one sentence.
  const squatter = createServer().listen(ports.temporal, '127.0.0.1');
  const refused = start();
  expect(await refused.exited).toBe('1');
  expect(refused.output()).toContain(`could not start: Port ${ports.temporal} is already in use by process`);
  expect(refused.output()).toContain('set CASCADE_TEMPORAL_PORT and CASCADE_TEMPORAL_UI_PORT to free ports.');
  await new Promise((resolve) => squatter.close(resolve));

  const server = start();
  await server.ready;
  const officer = await loginAs(server.url, 'gl.chuyenvien');
  const [template] = await officer.plans.templates.query();
  const year = new Date().getFullYear() + 1;
  const { taskId } = await officer.plans.create.mutate({
    templateId: template!.id,
    title: 'Kế hoạch trước sự cố',
    year,
    idempotencyKey: randomUUID(),
  });
  // One action, one key, however many times it is sent (as the web app does).
  const saveDraft = (baseVersion: number, idempotencyKey: string) =>
    officer.plans.saveDraft.mutate({
      taskId,
      idempotencyKey,
      baseVersion,
      draft: {
        title: 'Kế hoạch trước sự cố',
        directives: [],
        purpose: 'Mục đích',
        tasks: 'Nhiệm vụ',
        organization: 'Tổ chức',
      },
    });

  const [firstDraft, secondDraft] = [randomUUID(), randomUUID()];
  // kill -9 of the dev server: mutations are refused at once, health answers at once, and it comes back by itself.
  const devServer = processListeningOn(ports.temporal)!;
  process.kill(devServer.pid, 'SIGKILL');
  const killedAt = Date.now();
  // Until its replacement listens (a second or two), health says so and a mutation is refused at once.
  // (The server learns of the exit from SIGCHLD within milliseconds.)
  await expect
    .poll(() => health(server.url), { timeout: 1_000, interval: 20 })
    .toEqual({ ok: false, database: true, temporal: false });
  expect((await timed(() => health(server.url))).ms).toBeLessThan(1_000);
  const firstTry = await timed(() => failureOf(saveDraft(0, firstDraft)));
  // …unless the replacement was already listening (then the client's own retry carried it through).
  expect([temporalAway, null]).toContainEqual(firstTry.result);
  if (firstTry.result) expect(firstTry.ms).toBeLessThan(1_000);
  if (firstTry.result)
    await expect.poll(() => failureOf(saveDraft(0, firstDraft)), { timeout: 15_000, interval: 250 }).toBeNull();
  const recoveredMs = Date.now() - killedAt;
  expect(recoveredMs).toBeLessThan(15_000);
  // Restarted on the same database file: the plan's workflow from before the kill took the draft.
  expect(processListeningOn(ports.temporal)!.pid).not.toBe(devServer.pid);
  expect(await health(server.url)).toEqual({ ok: true, database: true, temporal: true });
  expect(server.output()).toContain('the Temporal dev server is running again');

  // A hung dev server (stopped, not dead): refused within a second or two, and Ctrl-C still stops everything.
  process.kill(processListeningOn(ports.temporal)!.pid, 'SIGSTOP');
  // (Seen when it has answered nothing for the embedded server's 3 s; a request sent before that waits on Temporal.)
  await expect
    .poll(() => health(server.url), { timeout: 5_000, interval: 200 })
    .toEqual({ ok: false, database: true, temporal: false });
  const hungHealth = await timed(() => health(server.url));
  expect(hungHealth.ms).toBeLessThan(1_000);
  const refusedWhileHung = await timed(() => failureOf(saveDraft(1, secondDraft)));
  expect(refusedWhileHung.result).toEqual(temporalAway);
  expect(refusedWhileHung.ms).toBeLessThan(1_000);
  const stopping = await timed(async () => {
    process.kill(-server.pid, 'SIGINT');
    return server.exited;
  });
  expect(stopping.result).toBe('0');
  expect(stopping.ms).toBeLessThan(6_000);
  expect(await isPortTaken(ports.temporal)).toBe(false);
  expect(await isPortTaken(ports.http)).toBe(false);

  // kill -9 of the server takes its dev server with it.
  const second = start();
  await second.ready;
  second.signal('SIGKILL');
  await second.exited;
  await expect.poll(() => isPortTaken(ports.temporal), { timeout: 5_000 }).toBe(false);

  // A dev server left behind on this data folder (as an earlier version could leave it) is reclaimed.
  const orphan = spawn(
    temporalCliPath(),
    [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(ports.temporal),
      '--ui-port',
      String(ports.ui),
      '--db-filename',
      join(dataDir, 'temporal.db'),
      '--headless',
    ],
    { detached: true, stdio: 'ignore' },
  );
  strays.push(orphan.pid!);
  await expect.poll(() => isPortTaken(ports.temporal), { timeout: 10_000 }).toBe(true);
  const third = start();
  await third.ready;
  expect(third.output()).toContain(
    `stopping the Temporal dev server (pid ${orphan.pid}) that an earlier run left behind`,
  );
  const again = await loginAs(third.url, 'gl.chuyenvien');
  expect((await again.plans.list.query()).map((p) => p.title)).toEqual(['Kế hoạch trước sự cố']);
  process.kill(-third.pid, 'SIGINT');
  expect(await third.exited).toBe('0');
}, 400_000);
