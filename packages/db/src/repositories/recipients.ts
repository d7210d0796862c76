import type { Kysely } from 'kysely';
import type { Database, Role } from '../schema';

/** Users of a unit holding any of the roles. */
export async function findUnitUsersWithRoles(db: Kysely<Database>, unitId: string, roles: Role[]) {
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'email', 'roles'])
    .where('unit_id', '=', unitId)
    .execute();
  return users.filter((u) => u.roles.some((r) => roles.includes(r)));
}

/** Supervisors whose watched subtree holds the unit. */
export async function findSupervisorsOf(db: Kysely<Database>, unitId: string) {
  const ancestors = await db
    .withRecursive('up(id, parent_id)', (qb) =>
      qb
        .selectFrom('units')
        .select(['id', 'parent_id'])
        .where('id', '=', unitId)
        .unionAll((u) =>
          u.selectFrom('units').innerJoin('up', 'up.parent_id', 'units.id').select(['units.id', 'units.parent_id']),
        ),
    )
    .selectFrom('up')
    .select('id')
    .execute();
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'email', 'roles'])
    .where(
      'scope_unit_id',
      'in',
      ancestors.map((a) => a.id),
    )
    .execute();
  return users.filter((u) => u.roles.includes('supervisor'));
}

/** The users of several units holding one of the roles, in one query (a cascade names a hundred units at once). */
export async function findUsersOfUnitsWithRoles(db: Kysely<Database>, unitIds: readonly string[], roles: Role[]) {
  if (unitIds.length === 0) return [];
  const users = await db
    .selectFrom('users')
    .select(['id', 'unit_id', 'username', 'display_name', 'email', 'roles'])
    .where('unit_id', 'in', unitIds)
    .execute();
  return users.filter((u) => u.roles.some((r) => roles.includes(r)));
}
