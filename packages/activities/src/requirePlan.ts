import { type Database, findPlan, type Kysely } from '@cascade/db';

export async function requirePlan(db: Kysely<Database>, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw new Error(`Plan ${planId} does not exist`);
  return plan;
}
