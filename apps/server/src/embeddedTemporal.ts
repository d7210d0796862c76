import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';

export interface EmbeddedTemporal {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

async function waitUntilReachable(address: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The Temporal dev server exited with code ${child.exitCode}.`);
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

/** `temporal server start-dev` keeping its state in a SQLite file under the data folder. */
export async function startEmbeddedTemporal(
  cli: string,
  dataDir: string,
  port: number,
  uiPort: number,
): Promise<EmbeddedTemporal> {
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    cli,
    [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--ui-port',
      String(uiPort),
      '--db-filename',
      join(dataDir, 'temporal.db'),
      '--log-level',
      'error',
      '--sqlite-pragma',
      'journal_mode=WAL',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = `127.0.0.1:${port}`;
  await waitUntilReachable(address, child);
  return {
    address,
    uiUrl: `http://127.0.0.1:${uiPort}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
