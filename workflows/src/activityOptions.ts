import { proxyActivities } from '@temporalio/workflow';
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
