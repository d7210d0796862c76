import { countObligationsBelow, type Database, type Kysely, listScopeRootPlans, type User } from '@cascade/db';
import { noStatuses, summarizeCounts } from '@cascade/domain';

/** The plans a user watches, each with the four categories over every obligation below it (counted in SQL). */
export async function monitorOverview(db: Kysely<Database>, user: User, year: number | null, now = new Date()) {
  const plans = await listScopeRootPlans(db, user.scope_unit_id, year);
  const counts = await countObligationsBelow(
    db,
    plans.map((p) => p.id),
    now,
  );
  const byRoot = new Map(counts.map(({ rootPlanId, ...c }) => [rootPlanId, c]));
  return plans.map((p) => ({ ...p, summary: summarizeCounts(byRoot.get(p.id) ?? noStatuses()) }));
}
