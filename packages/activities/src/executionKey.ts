import { activityInfo } from '@temporalio/activity';

/** The same for every attempt of one activity execution: what the activity records is keyed by it, so a retry adds nothing. */
export function executionKey(): string {
  const { workflowExecution: run, activityId } = activityInfo();
  return run ? `${run.workflowId}/${run.runId}/${activityId}` : activityId;
}
