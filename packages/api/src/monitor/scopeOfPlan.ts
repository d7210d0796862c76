import { type Database, findPlan, isUnitInScope, type Kysely, type User } from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { forbidden } from '../access';

/** A plan the user may watch (issued inside the user's scope); refused outside it. */
export async function scopeOfPlan(db: Kysely<Database>, user: User, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  if (!(await isUnitInScope(db, plan.issuer_unit_id, user.scope_unit_id)))
    throw forbidden('Kế hoạch này nằm ngoài phạm vi theo dõi của bạn.');
  return plan;
}
