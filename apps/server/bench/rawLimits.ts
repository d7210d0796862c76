import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { benchIdleWorkflow, benchParentWorkflow, benchUpdatableWorkflow, rawUpdate } from './rawWorkflows';
import { elapsedSince, percentile, until } from './stats';

export const rawTaskQueue = 'cascade-bench-raw';

/** A worker of the raw workflows in the bench's own process, on the same Temporal as Cascade. */
export async function startRawWorker(address: string) {
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    taskQueue: rawTaskQueue,
    workflowsPath: fileURLToPath(new URL('./rawWorkflows.ts', import.meta.url)),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

/**
 * Starts `count` idle workflows at once from the client: the time until every start is acknowledged, and until
 * Temporal's visibility shows every one Running (what the cascade's fan-out waits for).
 */
export async function measureRawStarts(client: Client, count: number) {
  const runId = randomUUID().slice(0, 8);
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      client.workflow.start(benchIdleWorkflow, { taskQueue: rawTaskQueue, workflowId: `bench-idle-${runId}-${i}` }),
    ),
  );
  const ms = elapsedSince(startedAt);
  const query = `WorkflowId STARTS_WITH 'bench-idle-${runId}-' AND ExecutionStatus = 'Running'`;
  await until(async () => (await client.workflow.count(query)).count === count, 120_000, 'raw starts in visibility');
  return { ms, visibleMs: elapsedSince(startedAt) };
}

/** One Update to each of `count` waiting workflows, all at once: Updates per second and each one's latency. */
export async function measureRawUpdates<T>(client: Client, count: number, readCpu: () => T) {
  const runId = randomUUID().slice(0, 8);
  const fresh = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      client.workflow.start(benchUpdatableWorkflow, {
        taskQueue: rawTaskQueue,
        workflowId: `bench-update-${runId}-${i}`,
      }),
    ),
  );
  // Every workflow has run its first task (its handler is set) before the clock starts.
  await waitForFirstTasks(
    client,
    fresh.map((h) => h.workflowId),
  );
  const latencies: number[] = [];
  const cpuBefore = readCpu();
  const startedAt = performance.now();
  await Promise.all(
    fresh.map(async (handle, i) => {
      const sentAt = performance.now();
      await handle.executeUpdate(rawUpdate, { args: [i] });
      latencies.push(elapsedSince(sentAt));
    }),
  );
  const ms = elapsedSince(startedAt);
  const cpu = { before: cpuBefore, after: readCpu() };
  return { ms, cpu, perSecond: (count * 1000) / ms, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function waitForFirstTasks(client: Client, workflowIds: string[]) {
  for (const id of workflowIds) {
    for (;;) {
      const { historyLength } = await client.workflow.getHandle(id).describe();
      if (historyLength >= 4) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** A parent workflow starting `count` children one after another, or all together: the time until all started. */
export async function measureChildStarts(client: Client, count: number, concurrent: boolean) {
  const prefix = `bench-child-${randomUUID().slice(0, 8)}`;
  const startedAt = performance.now();
  await client.workflow.execute(benchParentWorkflow, {
    taskQueue: rawTaskQueue,
    workflowId: `${prefix}-parent`,
    args: [prefix, count, concurrent],
  });
  return { ms: elapsedSince(startedAt) };
}
