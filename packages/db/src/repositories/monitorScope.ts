import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import { subtreeIdsQuery } from './unitSubtree';

/** The units of a supervisor's scope (the scope unit and everything below it), as a subquery. */
export const unitsInScope = (db: Kysely<Database>, scopeUnitId: string) => subtreeIdsQuery(db, scopeUnitId);

/** Whether a unit lies in the scope: a walk up from the unit, as deep as the hierarchy (a few rows). */
export async function isUnitInScope(db: Kysely<Database>, unitId: string, scopeUnitId: string): Promise<boolean> {
  const found = await db
    .withRecursive('up(id, parent_id)', (qb) =>
      qb
        .selectFrom('units')
        .select(['id', 'parent_id'])
        .where('id', '=', unitId)
        .union((u) =>
          u.selectFrom('units').innerJoin('up', 'up.parent_id', 'units.id').select(['units.id', 'units.parent_id']),
        ),
    )
    .selectFrom('up')
    .select(sql<number>`1`.as('found'))
    .where('up.id', '=', scopeUnitId)
    .executeTakeFirst();
  return found !== undefined;
}
