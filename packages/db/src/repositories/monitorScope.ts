import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { subtreeIdsQuery } from './unitSubtree';

/** The units of a supervisor's scope (the scope unit and everything below it), as a subquery. */
export const unitsInScope = (db: Kysely<Database>, scopeUnitId: string) => subtreeIdsQuery(db, scopeUnitId);

/**
 * A plan, its issuer's name and whether the issuer lies in the scope, in one round trip: every monitor request starts
 * here. The scope is a walk up from the issuer, as deep as the hierarchy (a few rows); UNION ends it on a cycle.
 */
export function findPlanInScope(db: Kysely<Database>, planId: string, scopeUnitId: string) {
  return db
    .withRecursive('up(id, parent_id)', (qb) =>
      qb
        .selectFrom('plans')
        .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
        .select(['units.id', 'units.parent_id'])
        .where('plans.id', '=', planId)
        .union((u) =>
          u.selectFrom('units').innerJoin('up', 'up.parent_id', 'units.id').select(['units.id', 'units.parent_id']),
        ),
    )
    .selectFrom('plans')
    .innerJoin('units as issuer', 'issuer.id', 'plans.issuer_unit_id')
    .selectAll('plans')
    .select((eb) => [
      'issuer.name as issuerName',
      eb.exists(eb.selectFrom('up').select('up.id').where('up.id', '=', scopeUnitId)).as('inScope'),
    ])
    .where('plans.id', '=', planId)
    .executeTakeFirst();
}
