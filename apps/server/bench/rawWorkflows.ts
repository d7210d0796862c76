// The raw limits' workflows: nothing of Cascade in them, so the figures measure Temporal on this machine alone.
import { condition, defineUpdate, ParentClosePolicy, setHandler, startChild } from '@temporalio/workflow';

export const rawUpdate = defineUpdate<number, [number]>('benchRawUpdate');

/** Started and left waiting: the raw cost of starting a workflow. */
export async function benchIdleWorkflow(): Promise<void> {
  await condition(() => false);
}

/** Answers one Update at once: the raw cost of an Update round trip. */
export async function benchUpdatableWorkflow(): Promise<void> {
  let answered = false;
  setHandler(rawUpdate, (value) => {
    answered = true;
    return value;
  });
  await condition(() => answered);
}

/** Starts `count` idle children, one after another or all together, and returns once every one has started. */
export async function benchParentWorkflow(prefix: string, count: number, concurrent: boolean): Promise<void> {
  const start = (i: number) =>
    startChild(benchIdleWorkflow, { workflowId: `${prefix}-${i}`, parentClosePolicy: ParentClosePolicy.ABANDON });
  const ids = Array.from({ length: count }, (_, i) => i);
  if (concurrent) await Promise.all(ids.map(start));
  else for (const i of ids) await start(i);
}
