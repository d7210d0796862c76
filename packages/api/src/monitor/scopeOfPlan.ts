import { type Database, findPlanInScope, type Kysely, type User } from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { forbidden } from '../access';

/** A plan the user may watch (issued inside the user's scope), with its issuer's name; refused outside it. */
export async function scopeOfPlan(db: Kysely<Database>, user: User, planId: string) {
  const found = await findPlanInScope(db, planId, user.scope_unit_id);
  if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  const { inScope, ...plan } = found;
  if (!inScope) throw forbidden('Kế hoạch này nằm ngoài phạm vi theo dõi của bạn.');
  return plan;
}
