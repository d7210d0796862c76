import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@cascade/test-support';
import { afterAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'cascade-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });

/** The environment of a user's shell: without what the test's own pnpm and npm runs put in it. */
function userEnvironment() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|PNPM_|INIT_CWD$|TURBO_)/i.test(key)),
  );
}

async function bootAndStop(
  ports: { http: number; temporal: number; ui: number },
  whileRunning: (url: string) => Promise<unknown>,
) {
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...userEnvironment(),
      PORT: String(ports.http),
      CASCADE_DATA_DIR: dataDir,
      CASCADE_TEMPORAL_PORT: String(ports.temporal),
      CASCADE_TEMPORAL_UI_PORT: String(ports.ui),
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // npm itself ends on the terminal's SIGINT; what matters is that the server and Temporal stop cleanly.
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  let exitCode: string | undefined;
  void exited.then((code) => (exitCode = code));
  await expect
    .poll(() => (exitCode !== undefined ? `exited with ${exitCode}: ${output}` : output), {
      timeout: 150_000,
      interval: 500,
    })
    .toContain('Cascade is running at');
  const page = await fetch(`http://127.0.0.1:${ports.http}/`);
  const html = await page.text();
  const health = await fetch(`http://127.0.0.1:${ports.http}/healthz`).then((r) => r.json());
  const result = await whileRunning(`http://127.0.0.1:${ports.http}`);
  process.kill(-child.pid!, 'SIGINT'); // what Ctrl-C does to the terminal's process group
  const code = await exited;
  return { output, status: page.status, html, health, code, result };
}

it('npm start boots, serves the login page and the health endpoint, and stops cleanly on Ctrl-C; a second start finds the same data', async () => {
  const ports = { http: await freePort(), temporal: await freePort(), ui: await freePort() };
  const title = 'Kế hoạch kiểm tra khởi động lại';
  const first = await bootAndStop(ports, async (url) => {
    const officer = await loginAs(url, 'gl.chuyenvien');
    const [template] = await officer.plans.templates.query();
    return officer.plans.create.mutate({
      templateId: template!.id,
      title,
      year: 2030,
      idempotencyKey: 'restart-check-1',
    });
  });
  expect(first.output).toContain(`Temporal UI: http://127.0.0.1:${ports.ui}`);
  expect(first.output).toContain('gl.lanhdao');
  expect(first.status).toBe(200);
  expect(first.html).toContain('<html lang="vi">');
  expect(first.health).toEqual({ ok: true, database: true, temporal: true });
  expect(['0', 'SIGINT']).toContain(first.code);
  expect(first.output).toContain('[cascade] stopped.');
  expect(await isListening(ports.http)).toBe(false);
  expect(await isListening(ports.temporal)).toBe(false);

  const second = await bootAndStop(ports, async (url) => (await loginAs(url, 'gl.chuyenvien')).plans.list.query());
  expect(second.health).toEqual({ ok: true, database: true, temporal: true });
  expect(['0', 'SIGINT']).toContain(second.code);
  expect(second.output).toContain('[cascade] stopped.');
  expect(second.result).toEqual([
    expect.objectContaining({ title, year: 2030, unitName: 'Tỉnh Gia Lai', status: 'drafting' }),
  ]);
}, 400_000);
