import { sleep } from '@temporalio/workflow';
import { planWorkflow as currentPlanWorkflow } from '../plan';
import type { PlanWorkflowInput } from '../types';

/** The plan workflow with one timer put before everything else, unversioned: what the replay test must catch. */
export async function planWorkflow(input: PlanWorkflowInput) {
  await sleep(1);
  return currentPlanWorkflow(input);
}
