import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { temporalCliPath } from '@cascade/test-support';

const serverDir = fileURLToPath(new URL('../../', import.meta.url));
const readyLine = 'Cascade is running at';

export interface ServerProcess {
  pid: number;
  url: string;
  /** Resolves once the server prints its URL; rejects if it exits first. */
  ready: Promise<void>;
  output(): string;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<string>;
  signal(signal: NodeJS.Signals): void;
}

/** The environment of an operator's shell: without what the test's own pnpm, npm and database settings put in it. */
function operatorEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !/^(npm_|pnpm_|INIT_CWD$|TURBO_|DATABASE_URL$|TEMPORAL_|SMTP_URL$|CASCADE_)/i.test(key),
  );
  return { ...Object.fromEntries(inherited), CASCADE_TEMPORAL_CLI: temporalCliPath(), ...settings };
}

/** `src/main.ts` as `npm start` runs it (node, no wrapper), in its own process group like a terminal's job. */
export function startServerProcess(
  settings: Record<string, string> & { PORT: string },
  /** Node's own options before the script (e.g. `--cpu-prof`). */
  nodeOptions: string[] = [],
): ServerProcess {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: operatorEnvironment(settings),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes(readyLine)) resolve();
      else if (child.exitCode !== null || child.signalCode !== null)
        reject(new Error(`The server exited before it was ready:\n${output}`));
      else setTimeout(check, 100);
    };
    check();
  });
  ready.catch(() => {});
  return {
    pid: child.pid!,
    url: `http://127.0.0.1:${settings.PORT}`,
    ready,
    output: () => output,
    exited,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
