import { executeChild, getExternalWorkflowHandle, ParentClosePolicy, workflowInfo } from '@temporalio/workflow';
import { adhocRoundSignal } from './messages';
import type { ScheduledRound } from './types';

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

/** Starts the fan-out as a child of the calling plan's workflow; resolves with the workflows it could not reach. */
export function fanOutAdhocRound(workflowIds: string[], round: ScheduledRound): Promise<string[]> {
  if (workflowIds.length === 0) return Promise.resolve([]);
  return executeChild(adhocFanOutWorkflow, {
    workflowId: `${workflowInfo().workflowId}/adhoc/${round.key}`,
    args: [workflowIds, round],
    parentClosePolicy: ParentClosePolicy.ABANDON,
  }).catch(() => workflowIds);
}
