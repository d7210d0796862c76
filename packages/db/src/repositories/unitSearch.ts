import type { Kysely } from 'kysely';
import type { Database } from '../schema';

const likeEscaped = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The plans of a cascade (the root and the plans below it) whose issuer lies in the scope and whose folded name
 * contains every one of the folded words. The few matching units are found first; then each walks up the units to the
 * scope and each of their plans up the plans to the root (as deep as the hierarchy), so a national search reads
 * neither the whole unit tree nor the whole plan tree.
 */
export function searchCascadeUnits(
  db: Kysely<Database>,
  rootPlanId: string,
  scopeUnitId: string,
  foldedWords: readonly string[],
  limit: number,
) {
  return db
    .withRecursive('matched_up(unit_id, id, parent_id)', (qb) =>
      qb
        .selectFrom('unit_search_names as s')
        .innerJoin('units', 'units.id', 's.unit_id')
        .select(['s.unit_id', 'units.id', 'units.parent_id'])
        .where((eb) => eb.and(foldedWords.map((w) => eb('s.folded', 'like', `%${likeEscaped(w)}%`))))
        .union((u) =>
          u
            .selectFrom('units')
            .innerJoin('matched_up', 'matched_up.parent_id', 'units.id')
            .select(['matched_up.unit_id', 'units.id', 'units.parent_id'])
            .where('matched_up.id', '<>', scopeUnitId),
        ),
    )
    .withRecursive('plan_up(plan_id, id, parent_id)', (qb) =>
      qb
        .selectFrom('plans')
        .select(['plans.id as plan_id', 'plans.id', 'plans.parent_plan_id as parent_id'])
        .where('plans.issuer_unit_id', 'in', (eb) =>
          eb.selectFrom('matched_up').select('matched_up.unit_id').where('matched_up.id', '=', scopeUnitId),
        )
        .union((u) =>
          u
            .selectFrom('plans')
            .innerJoin('plan_up', 'plan_up.parent_id', 'plans.id')
            .select(['plan_up.plan_id', 'plans.id', 'plans.parent_plan_id as parent_id'])
            .where('plan_up.id', '<>', rootPlanId),
        ),
    )
    .selectFrom('plan_up')
    .innerJoin('plans', 'plans.id', 'plan_up.plan_id')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .leftJoin('units as parent', 'parent.id', 'units.parent_id')
    .select([
      'plans.id as planId',
      'units.id as unitId',
      'units.name as unitName',
      'units.kind as unitKind',
      'parent.name as parentName',
    ])
    .where('plan_up.id', '=', rootPlanId)
    .orderBy('units.name')
    .limit(limit)
    .execute();
}
