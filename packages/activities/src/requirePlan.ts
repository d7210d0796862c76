import { type Database, findPlan, type Kysely } from '@cascade/db';
import { ApplicationFailure } from '@temporalio/common';

/** A plan its workflow refers to but the database lacks: no retry brings it back. */
export async function requirePlan(db: Kysely<Database>, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw planNotFound(planId);
  return plan;
}

export const planNotFound = (planId: string) =>
  ApplicationFailure.nonRetryable(
    `Không tìm thấy kế hoạch ${planId} trong cơ sở dữ liệu; hãy báo quản trị hệ thống.`,
    'PlanNotFound',
  );
