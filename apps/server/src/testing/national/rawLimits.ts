import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { rawTaskQueue as taskQueue } from '../../../bench/rawLimits';
import { benchIdleWorkflow, benchUpdatableWorkflow, rawUpdate } from '../../../bench/rawWorkflows';
import { percentile } from '../../../bench/stats';
import { inBatches } from './stats';

/** `count` empty workflows started at once (at most `inFlight` requests open): the time until all are acknowledged. */
export async function rawStarts(client: Client, count: number, inFlight: number) {
  const runId = randomUUID().slice(0, 8);
  const started = performance.now();
  await inBatches(count, inFlight, (i) =>
    client.workflow.start(benchIdleWorkflow, { taskQueue, workflowId: `national-idle-${runId}-${i}` }),
  );
  return { ms: performance.now() - started };
}

/** One Update to each of `count` waiting workflows, `inFlight` at a time: Updates per second and p95 latency. */
export async function rawUpdates(client: Client, count: number, inFlight: number) {
  const runId = randomUUID().slice(0, 8);
  const ids = Array.from({ length: count }, (_, i) => `national-update-${runId}-${i}`);
  await inBatches(count, inFlight, (i) =>
    client.workflow.start(benchUpdatableWorkflow, { taskQueue, workflowId: ids[i]! }),
  );
  const latencies: number[] = [];
  const started = performance.now();
  await inBatches(count, inFlight, async (i) => {
    const sent = performance.now();
    await client.workflow.getHandle(ids[i]!).executeUpdate(rawUpdate, { args: [i] });
    latencies.push(performance.now() - sent);
  });
  const ms = performance.now() - started;
  return { ms, perSecond: (count * 1000) / ms, p95: percentile(latencies, 0.95) };
}
