import type { PlanActivities, SubPlanStart } from '@cascade/workflows';
import { Context, heartbeat } from '@temporalio/activity';

// A province's whole cascade in flight at once: with 32, 120 starts took 3.2–3.7 s where a client's 120 starts all
// together took 2.2–2.6 s. A national cascade's thousands come from one activity per province, each capped here.
const startsInFlight = 128;

async function startOne(taskQueue: string, start: SubPlanStart) {
  try {
    await Context.current().client.workflow.start('planWorkflow', {
      taskQueue: start.taskQueue ?? taskQueue,
      workflowId: start.workflowId,
      args: [start.input],
      ...(start.searchAttributes ? { typedSearchAttributes: start.searchAttributes } : {}),
    });
  } catch (error) {
    // Started by an earlier attempt of this activity: nothing more to do for it.
    if (!(error instanceof Error && error.name === 'WorkflowExecutionAlreadyStartedError')) throw error;
  }
}

/**
 * Each sub-plan's workflow started through the worker's client: every start is a write of its own workflow, so they
 * run side by side, where a parent's child starts queue one after another on the parent's history.
 */
export const startSubPlanWorkflows: PlanActivities['startSubPlanWorkflows'] = async ({ taskQueue, starts }) => {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < starts.length; i = next++) {
      await startOne(taskQueue, starts[i]!);
      heartbeat(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(startsInFlight, starts.length) }, lane));
};
