import type { Worker } from '@temporalio/worker';

/** The Temporal workers of one process, run and stopped as one. */
export interface CascadeWorker {
  run(): Promise<void>;
  /** Runs until `work` settles, then stops and answers with what it gave. */
  runUntil<T>(work: () => Promise<T>): Promise<T>;
  /** Stops the workers still running (none left: nothing to do). */
  shutdown(): void;
}

/** Workers of one process as one: they run together, and when one stops (shut down or failed) the others stop too. */
export function runTogether(workers: Worker[]): CascadeWorker {
  const shutdown = () => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  const run = async () => {
    const results = await Promise.allSettled(workers.map((worker) => worker.run().finally(shutdown)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  return {
    run,
    async runUntil(work) {
      const running = run();
      // A worker that fails meanwhile is reported below, once the work is done.
      running.catch(() => undefined);
      try {
        return await work();
      } finally {
        shutdown();
        await running;
      }
    },
    shutdown,
  };
}
