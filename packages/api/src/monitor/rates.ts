import { countObligationByLevel, type Database, type Kysely, type User } from '@cascade/db';
import { summarizeCounts } from '@cascade/domain';
import { TRPCError } from '@trpc/server';
import { scopeOfPlan } from './scopeOfPlan';

/** One obligation's completeness and timeliness per level of a cascade, counted in SQL (a national round at once). */
export async function roundRates(db: Kysely<Database>, user: User, planId: string, column: string, now = new Date()) {
  const plan = await scopeOfPlan(db, user, planId);
  const round = plan.schedule.rounds.find((r) => r.key === column);
  if (column !== 'plan' && !round)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Kế hoạch không có kỳ báo cáo này; hãy chọn lại kỳ.' });
  const levels = await countObligationByLevel(db, plan.id, column, user.scope_unit_id, now);
  return {
    column,
    label: round?.label ?? 'Kế hoạch',
    levels: levels.map(({ level, ...counts }) => ({ level, ...summarizeCounts(counts) })),
  };
}
