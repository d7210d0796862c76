import { planWorkflowId, subPlanId } from '@cascade/db';
import type { Client } from '@temporalio/client';

/** Which sub-plans' workflows do not exist yet, by province: where to look in Temporal's history for the cause. */
export async function logNotStarted(
  temporal: Client,
  planId: string,
  tree: { provinces: string[]; leaves: { id: string; province: string }[] },
) {
  const existing = new Set<string>();
  for await (const execution of temporal.workflow.list({ query: `WorkflowType = 'planWorkflow'` }))
    existing.add(execution.workflowId);
  const missing = new Map<string, number>();
  const count = (province: string, id: string) => {
    if (!existing.has(planWorkflowId(id))) missing.set(province, (missing.get(province) ?? 0) + 1);
  };
  for (const province of tree.provinces) count(province, subPlanId(planId, province));
  for (const leaf of tree.leaves) count(leaf.province, subPlanId(subPlanId(planId, leaf.province), leaf.id));
  const byProvince = [...missing].map(([province, n]) => `${province} ${n}`).join(', ');
  console.log(
    `[national] not started, by province (its workflow ${planWorkflowId(subPlanId(planId, '<province>'))}): ${byProvince || 'none'}`,
  );
}
