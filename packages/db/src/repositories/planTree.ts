import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/**
 * The plans below (and including) each root, as a `tree` table (root_id, id, depth) to select from: the one recursive
 * walk of the plan tree that every cascade query starts with.
 */
export function withPlanTree(db: Kysely<Database>, rootPlanIds: readonly string[]) {
  return db.withRecursive('tree(root_id, id, depth)', (qb) =>
    qb
      .selectFrom('plans')
      .select(['id as root_id', 'id', sql<number>`0`.as('depth')])
      .where('id', 'in', rootPlanIds)
      .unionAll((u) =>
        u
          .selectFrom('plans')
          .innerJoin('tree', 'tree.id', 'plans.parent_plan_id')
          .select(['tree.root_id', 'plans.id', sql<number>`tree.depth + 1`.as('depth')]),
      ),
  );
}
