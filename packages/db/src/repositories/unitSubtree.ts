import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/**
 * The unit and every unit below it, resolved by the database in one recursive query (not the whole unit list read and
 * walked per request), ordered by name. With `on`, only the descendants in force that day. UNION drops rows already
 * found, so a parent cycle in bad data ends the recursion.
 */
export function listSubtreeUnits(
  db: Kysely<Database>,
  rootId: string,
  on?: string,
): Promise<{ id: string; name: string }[]> {
  return withSubtree(db, rootId, on)
    .selectFrom('units')
    .innerJoin('subtree', 'subtree.id', 'units.id')
    .select(['units.id', 'units.name'])
    .orderBy('units.name')
    .orderBy('units.id')
    .execute();
}

/** The subtree's ids as a subquery, so a query can filter by a whole (national) subtree in one statement. */
export function subtreeIdsQuery(db: Kysely<Database>, rootId: string, on?: string) {
  return withSubtree(db, rootId, on).selectFrom('subtree').select('subtree.id');
}

/** `subtree(id)`: a unit and every unit below it (as of `on` when given), walked once for a query to read. */
export function withSubtree(db: Kysely<Database>, rootId: string, on?: string) {
  return db.withRecursive('subtree(id)', (qb) =>
    qb
      .selectFrom('units')
      .select('id')
      .where('id', '=', rootId)
      .union((qb) => {
        const children = qb
          .selectFrom('units')
          .innerJoin('subtree', 'subtree.id', 'units.parent_id')
          .select('units.id');
        if (on === undefined) return children;
        return children
          .where('units.effective_from', '<=', on)
          .where((eb) => eb.or([eb('units.effective_to', 'is', null), eb('units.effective_to', '>', on)]));
      }),
  );
}

/** The ids of the unit's subtree (the root always among them), as `subtreeIds` of the domain gives them. */
export async function findSubtreeUnitIds(db: Kysely<Database>, rootId: string, on?: string): Promise<Set<string>> {
  const units = await listSubtreeUnits(db, rootId, on);
  return new Set([rootId, ...units.map((u) => u.id)]);
}
