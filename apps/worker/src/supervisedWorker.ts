import type { Database, Kysely } from '@cascade/db';
import { NativeConnection } from '@temporalio/worker';
import { bundleInChildProcess } from './bundleInChildProcess';
import type { TemporalEnv } from './env';
import type { CascadeWorker } from './runTogether';
import { createCascadeWorker } from './worker';

export interface SupervisedWorkerOptions extends TemporalEnv {
  db: Kysely<Database>;
}

export interface SupervisedWorker {
  stop(): Promise<void>;
}

interface Running {
  worker: CascadeWorker;
  connection: NativeConnection;
  run: Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A worker that is created again whenever it stops on its own (Temporal gone too long, a fatal poll error), so a
 * Temporal restart never leaves the process without a worker. The workflow bundle is built once.
 */
export async function superviseWorker({ db, ...temporal }: SupervisedWorkerOptions): Promise<SupervisedWorker> {
  const workflowBundle = await bundleInChildProcess();
  const start = async (): Promise<Running> => {
    const connection = await NativeConnection.connect({ address: temporal.address, tls: temporal.tls });
    try {
      const worker = await createCascadeWorker({
        connection,
        namespace: temporal.namespace,
        db,
        workflowBundle,
      });
      return { worker, connection, run: worker.run() };
    } catch (error) {
      await connection.close().catch(() => {});
      throw error;
    }
  };
  let stopping = false;
  // Temporal may be away (restarting, failing over) when the worker starts or when it stops: wait for it.
  const startWhenReachable = async (): Promise<Running | null> => {
    while (!stopping) {
      try {
        return await start();
      } catch (error) {
        console.error(`[worker] cannot start yet: ${(error as Error).message}`);
        await pause(1_000);
      }
    }
    return null;
  };
  let current = (await startWhenReachable())!;
  const supervise = async () => {
    while (!stopping) {
      await current.run.catch((error: Error) => console.error(`[worker] stopped: ${error.message}`));
      await current.connection.close().catch(() => {});
      const next = await startWhenReachable();
      if (!next) return;
      current = next;
      console.warn('[worker] polling again');
    }
  };
  const supervising = supervise();
  return {
    async stop() {
      stopping = true;
      current.worker.shutdown();
      await supervising;
    },
  };
}
