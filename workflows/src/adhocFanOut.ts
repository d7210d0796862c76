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
