import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { PlanActivities } from './activities';

/**
 * Transient failures (a database restart, a lost worker) retry with backoff for as long as it takes; an activity
 * that knows no retry can fix it throws a non-retryable ApplicationFailure and the step ends at once.
 */
const retry = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' };

/** Database writes take well under a second: a worker that dies mid-write is retried elsewhere after 10 s. */
export const writes = proxyActivities<PlanActivities>({ startToCloseTimeout: '10 seconds', retry });

/** Creating and starting a large cascade's sub-plans takes longer; they heartbeat, so a dead worker is noticed within 10 s. */
export const cascadeWrites = proxyActivities<Pick<PlanActivities, 'createSubPlans' | 'startSubPlanWorkflows'>>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '10 seconds',
  retry,
});

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
