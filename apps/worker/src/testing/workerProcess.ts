import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const workerDir = fileURLToPath(new URL('../../', import.meta.url));
const readyLine = '[worker] polling task queue';

export interface WorkerProcess {
  /** Resolves once the worker polls its task queue; rejects if it exits first. */
  ready: Promise<void>;
  /** Every "[mail] to <address>: <subject>" line the log mailer printed. */
  mails(): string[];
  /** SIGKILL: no shutdown, no flushing, running activities simply vanish. */
  kill(): Promise<void>;
}

/** The environment of a deployed worker: without what the test's own pnpm, npm and SMTP settings put in it. */
function deploymentEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !/^(npm_|pnpm_|INIT_CWD$|TURBO_|DATABASE_URL$|TEMPORAL_|SMTP_URL$)/i.test(key),
  );
  return { ...Object.fromEntries(inherited), ...settings };
}

/** The standalone production worker (`src/main.ts`) as its own OS process. */
export function startWorkerProcess(settings: { DATABASE_URL: string; TEMPORAL_ADDRESS: string }): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: workerDir,
    env: deploymentEnvironment(settings),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes(readyLine)) resolve();
      else if (child.exitCode !== null || child.signalCode !== null)
        reject(new Error(`The worker exited before it was ready:\n${output}${log}`));
      else setTimeout(check, 100);
    };
    check();
  });
  ready.catch(() => {});
  return {
    ready,
    mails: () => output.split('\n').filter((line) => line.startsWith('[mail] to ')),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
