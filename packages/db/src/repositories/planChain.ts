import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** The plan and the plans above it that it implements, the plan first and the top plan last (a chain of a few). */
export async function listPlanChain(db: Kysely<Database>, planId: string) {
  const chain = [];
  for (let id: string | null = planId; id && chain.length < 10;) {
    const plan = await db
      .selectFrom('plans')
      .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
      .select([
        'plans.id',
        'plans.parent_plan_id as parentPlanId',
        'plans.title',
        'plans.issue',
        'units.name as issuerName',
      ])
      .where('plans.id', '=', id)
      .executeTakeFirst();
    if (!plan) break;
    chain.push(plan);
    id = plan.parentPlanId;
  }
  return chain;
}

/** Whether the unit issues a plan below `planId` in its chain: the plans a unit implements, and nothing wider. */
export async function isPlanImplementedByUnit(db: Kysely<Database>, planId: string, unitId: string) {
  const row = await db
    .withRecursive('up(id, parent_plan_id)', (qb) =>
      qb
        .selectFrom('plans')
        .select(['id', 'parent_plan_id'])
        .where('issuer_unit_id', '=', unitId)
        .unionAll((u) =>
          u
            .selectFrom('plans')
            .innerJoin('up', 'up.parent_plan_id', 'plans.id')
            .select(['plans.id', 'plans.parent_plan_id']),
        ),
    )
    .selectFrom('up')
    .select('id')
    .where('id', '=', planId)
    .executeTakeFirst();
  return row !== undefined;
}
