import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { PlanActivities } from './activities';

/**
 * Transient failures (a database restart, a lost worker) retry with backoff for as long as it takes; an activity
 * that knows no retry can fix it throws a non-retryable ApplicationFailure and the step ends at once.
 */
const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' };

/** Database writes take well under a second: a worker that dies mid-write is retried elsewhere after 10 s. */
export const writes = proxyActivities<PlanActivities>({ startToCloseTimeout: '10 seconds', retry });

type CascadeActivities = Pick<PlanActivities, 'createSubPlans' | 'startSubPlanWorkflows'>;
/** Creating and starting a large cascade's sub-plans takes longer; they heartbeat, so a dead worker is noticed within 10 s. */
const cascadeOptions = { startToCloseTimeout: '5 minutes', heartbeatTimeout: '10 seconds', retry } as const;
export const cascadeWrites = proxyActivities<CascadeActivities>(cascadeOptions);

/**
 * The activities people and the cascade wait on (a human step's write, the sub-plans' creation and starts), on the
 * plan's steps task queue when it has one: there they do not wait behind the background activities of thousands of
 * sub-plans just started. The same proxies as before when it has none, so older workflows schedule what they did.
 */
export function stepActivitiesOn(stepsTaskQueue: string | undefined) {
  if (!stepsTaskQueue) return { steps: writes, cascade: cascadeWrites };
  return {
    steps: proxyActivities<PlanActivities>({ startToCloseTimeout: '10 seconds', retry, taskQueue: stepsTaskQueue }),
    cascade: proxyActivities<CascadeActivities>({ ...cascadeOptions, taskQueue: stepsTaskQueue }),
  };
}

/**
 * A report's write, run by the worker inside the workflow task that took the Update (a local activity), so the Update
 * is answered in one task: an activity adds a round trip through the server and a second workflow task. A local
 * activity is recorded only when its task completes, so a worker that dies in between has it run again: the write is
 * keyed on the Update's id and answers with what was stored first.
 */
export const localWrites = proxyLocalActivities<Pick<PlanActivities, 'recordReport'>>({
  startToCloseTimeout: '10 seconds',
  retry,
});
