import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { reclaimPorts } from './orphanTemporal';

export interface EmbeddedTemporal {
  address: string;
  uiUrl: string;
  /** False from the moment the dev server exits until its replacement listens. */
  isRunning(): boolean;
  stop(): Promise<void>;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitUntilReachable(address: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (hasExited(child)) throw new Error(`The Temporal dev server exited (${child.signalCode ?? child.exitCode}).`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`The Temporal dev server did not listen on ${address} within 30 s: ${String(error)}`, {
          cause: error,
        });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

// setpriv (util-linux) asks the kernel to SIGKILL the dev server when this process dies, however it dies.
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

function spawnDevServer(cli: string, args: string[]): ChildProcess {
  const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', cli, ...args]] : [cli, args];
  // Its own process group: a terminal's Ctrl-C reaches only Cascade, which stops it in order (not as a crash).
  return spawn(file, argv, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
}

/**
 * `temporal server start-dev` keeping its state in a SQLite file under the data folder, supervised: when it dies it
 * is started again on the same file, and it dies with this process.
 */
export async function startEmbeddedTemporal(
  cli: string,
  dataDir: string,
  port: number,
  uiPort: number,
): Promise<EmbeddedTemporal> {
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, 'temporal.db');
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--db-filename',
    databaseFile,
    '--log-level',
    'error',
    '--sqlite-pragma',
    'journal_mode=WAL',
    // With WAL, NORMAL syncs at checkpoints, not on every commit: a crash of the process loses nothing; a power cut may
    // lose the last commits. Every child start, Update and timer is a commit, and FULL made each wait for the disk.
    '--sqlite-pragma',
    'synchronous=NORMAL',
  ];
  const address = `127.0.0.1:${port}`;
  await reclaimPorts(port, uiPort, databaseFile);
  let child = spawnDevServer(cli, args);
  await waitUntilReachable(address, child);
  let running = true;
  let stopping = false;

  const restart = async () => {
    for (let attempt = 1; !stopping; attempt++) {
      child = spawnDevServer(cli, args);
      try {
        await waitUntilReachable(address, child);
        if (stopping) return;
        console.warn(`[cascade] the Temporal dev server is running again (pid ${child.pid}).`);
        running = true;
        watch(child);
        return;
      } catch (error) {
        console.error(`[cascade] restarting the Temporal dev server failed (attempt ${attempt}): ${String(error)}`);
        if (!hasExited(child)) child.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 5_000)));
      }
    }
  };
  const watch = (watched: ChildProcess) =>
    watched.once('exit', (code, signal) => {
      running = false;
      if (stopping) return;
      console.error(
        `[cascade] the Temporal dev server stopped (${signal ?? code}); starting it again on ${databaseFile}.`,
      );
      void restart();
    });
  watch(child);

  return {
    address,
    uiUrl: `http://127.0.0.1:${uiPort}`,
    isRunning: () => running,
    async stop() {
      stopping = true;
      const current = child;
      if (hasExited(current)) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.kill('SIGTERM');
      // A dev server that does not finish within 2 s is killed: Ctrl-C must stop everything promptly.
      const killer = setTimeout(() => current.kill('SIGKILL'), 2_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
