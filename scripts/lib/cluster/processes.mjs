// Child processes of the cluster: each one's output prefixed with its name, readiness read from what it prints.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `command`; its lines go to our stdout as "[name] line" (or to `logFile`); `ready` waits for `readyLine`. */
export function startProcess(name, command, args, { cwd, env, readyLine, logFile }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  let resolveReady = () => {};
  const ready = new Promise((resolve) => (resolveReady = resolve));
  let tail = '';
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (log) log.write(`${line}\n`);
      else console.log(`[${name}] ${line}`);
      tail = `${tail}${line}\n`.slice(-4_000);
      if (readyLine && line.includes(readyLine)) resolveReady();
    });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  const readyOrEnded = Promise.race([
    ready,
    exited.then((how) => Promise.reject(new Error(`${name} ended (${how}) before it was ready:\n${tail}`))),
  ]);
  // Handled here too: a process nobody waits on (Temporal's server) may end at shutdown without being "ready".
  readyOrEnded.catch(() => {});
  return {
    name,
    pid: child.pid,
    ready: readyOrEnded,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      log?.end();
    },
  };
}

/** Runs a command until it succeeds (a server still starting), up to `timeoutMs`; throws its last error. */
export async function retryCommand(command, args, { timeoutMs, env }) {
  const started = Date.now();
  for (;;) {
    const result = spawnSync(command, args, { encoding: 'utf8', env });
    if (result.status === 0) return result.stdout;
    if (Date.now() - started > timeoutMs)
      throw new Error(`${command} ${args.join(' ')} failed: ${(result.stderr || result.stdout).trim()}`);
    await pause(500);
  }
}
