// The raw limits' workflows: nothing of Cascade in them, so the figures measure the cluster alone.
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const rawUpdate = defineUpdate<number, [number]>('nationalRawUpdate');

/** Started and left waiting: the raw cost of starting a workflow. */
export async function nationalIdleWorkflow(): Promise<void> {
  await condition(() => false);
}

/** Answers one Update at once: the raw cost of an Update round trip. */
export async function nationalUpdatableWorkflow(): Promise<void> {
  let answered = false;
  setHandler(rawUpdate, (value) => {
    answered = true;
    return value;
  });
  await condition(() => answered);
}
