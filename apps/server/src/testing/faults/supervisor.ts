import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startServerProcess } from '../serverProcess';

const workerDir = fileURLToPath(new URL('../../../../worker/', import.meta.url));

interface Proc {
  pid: number;
  ready: Promise<void>;
  exited: Promise<string>;
  output(): string;
}

/** A standalone worker (apps/worker src/main.ts) as its own process. */
function startWorkerProcess(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: workerDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('[worker] polling task queue')) resolve();
      else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`worker exited:\n${output}`));
      else setTimeout(check, 100);
    };
    check();
  });
  ready.catch(() => {});
  return { pid: child.pid!, ready, exited, output: () => output };
}

/**
 * What systemd (Restart=always, RestartSec=1) or a container runtime does for the server and the workers: start the
 * process again one second after it ends. Exits the test did not cause are counted: none should happen.
 */
export function supervise<P extends Proc>(name: string, start: () => P) {
  let current = start();
  let killedByTest = false;
  let stopped = false;
  let log = '';
  const unexpectedExits: string[] = [];
  const follow = (proc: P) =>
    void proc.exited.then(async (how) => {
      log += proc.output();
      if (stopped) return;
      if (!killedByTest) unexpectedExits.push(`${name} exited (${how}):\n${proc.output().slice(-3_000)}`);
      killedByTest = false;
      await new Promise((r) => setTimeout(r, 1_000));
      if (stopped) return;
      current = start();
      follow(current);
    });
  follow(current);
  return {
    current: () => current,
    unexpectedExits,
    log: () => log + current.output(),
    kill9() {
      killedByTest = true;
      process.kill(current.pid, 'SIGKILL');
    },
    async stop() {
      stopped = true;
      try {
        process.kill(current.pid, 'SIGINT');
      } catch {
        return;
      }
      const timer = setTimeout(() => process.kill(current.pid, 'SIGKILL'), 8_000);
      await current.exited;
      clearTimeout(timer);
    },
  };
}

export const superviseServer = (env: Record<string, string> & { PORT: string }) =>
  supervise<ServerProcess>('server', () => startServerProcess(env));
export const superviseWorker = (env: Record<string, string>) => supervise('worker', () => startWorkerProcess(env));
