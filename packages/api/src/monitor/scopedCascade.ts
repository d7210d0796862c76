import { type Database, type Kysely, listCascadePlans, type User } from '@cascade/db';
import { scopeOfPlan } from './scopeOfPlan';

/** A plan the user may watch and the plans of its cascade inside the user's scope; refused outside it. */
export async function scopedCascade(db: Kysely<Database>, user: User, planId: string) {
  const plan = await scopeOfPlan(db, user, planId);
  const plans = (await listCascadePlans(db, plan.id, user.scope_unit_id)).map((p) => ({
    ...p,
    parentPlanId: p.planId === plan.id ? null : p.parentPlanId,
  }));
  return { plan, plans };
}
