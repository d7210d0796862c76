import { executeChild, getExternalWorkflowHandle, ParentClosePolicy, workflowInfo } from '@temporalio/workflow';
import { adhocRoundSignal } from './messages';
import type { ScheduledRound } from './types';

/**
 * Versioning marker: ad hoc rounds reach the sub-plans through a short child workflow, so a plan's own history
 * grows by a few events per request instead of two per sub-plan (120 sub-plans × 60 requests would pass 10,240).
 */
export const adhocFanOutPatch = 'adhoc-fan-out-child';

/** Signals one ad hoc round to each sub-plan's workflow; returns those it could not reach (ended, or not started). */
export async function adhocFanOutWorkflow(workflowIds: string[], round: ScheduledRound): Promise<string[]> {
  const reached = await Promise.all(
    workflowIds.map((id) =>
      getExternalWorkflowHandle(id)
        .signal(adhocRoundSignal, round)
        .then(
          () => true,
          () => false,
        ),
    ),
  );
  return workflowIds.filter((_, i) => !reached[i]);
}

/** Starts the fan-out as a child of the calling plan's workflow, and waits for it. */
export function fanOutAdhocRound(workflowIds: string[], round: ScheduledRound): Promise<void> {
  if (workflowIds.length === 0) return Promise.resolve();
  return executeChild(adhocFanOutWorkflow, {
    workflowId: `${workflowInfo().workflowId}/adhoc/${round.key}`,
    args: [workflowIds, round],
    parentClosePolicy: ParentClosePolicy.ABANDON,
  }).then(
    () => undefined,
    () => undefined,
  );
}
