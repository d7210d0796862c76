import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { type NewPlan, newPlanRow, planTaskId, planWorkflowId } from './plans';

// Well under PostgreSQL's 65,535 bind parameters per statement.
const rowsPerStatement = 500;

function inChunks<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += rowsPerStatement) chunks.push(items.slice(i, i + rowsPerStatement));
  return chunks;
}

/**
 * A cascade's sub-plans and their open obligation tasks, a few statements for the lot (a province has ~120, one
 * round trip each took seconds); rows that exist already are left as they are, so a retried activity adds nothing.
 */
export async function createSubPlansWithTasks(
  db: Kysely<Database>,
  subPlans: readonly (NewPlan & { dueAt: Date })[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const chunk of inChunks(subPlans)) {
      await trx
        .insertInto('plans')
        .values(chunk.map(newPlanRow))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await trx
        .insertInto('tasks')
        .values(
          chunk.map((plan) => ({
            id: planTaskId(plan.id),
            kind: 'plan' as const,
            plan_id: plan.id,
            unit_id: plan.issuerUnitId,
            title: plan.title,
            due_at: plan.dueAt,
            state: 'open' as const,
            workflow_id: planWorkflowId(plan.id),
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
}
