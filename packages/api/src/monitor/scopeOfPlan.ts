import { type Database, findPlan, type Kysely, type User } from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { forbidden, visibleUnitIds } from '../access';

/** A plan the user may watch, with the units of the user's scope; refused outside it. */
export async function scopeOfPlan(db: Kysely<Database>, user: User, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  const visible = await visibleUnitIds(db, user);
  if (!visible.has(plan.issuer_unit_id)) throw forbidden('Kế hoạch này nằm ngoài phạm vi theo dõi của bạn.');
  return { plan, visible };
}
