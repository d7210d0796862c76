import type { Kysely } from 'kysely';
import type { UnitNode } from '@cascade/domain';
import type { Database, Unit } from '../schema';

export function listUnits(db: Kysely<Database>): Promise<Unit[]> {
  return db.selectFrom('units').selectAll().orderBy('name').execute();
}

export function findUnit(db: Kysely<Database>, id: string): Promise<Unit | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The hierarchy as the domain rules read it, effective dates included. */
export async function listUnitNodes(db: Kysely<Database>): Promise<UnitNode[]> {
  const units = await listUnits(db);
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    effectiveFrom: u.effective_from,
    effectiveTo: u.effective_to,
    successorId: u.successor_id,
  }));
}

/** The unit ceases on `effectiveOn` and its successor takes over; the hierarchy keeps both, with their dates. */
export async function recordUnitSuccession(
  db: Kysely<Database>,
  unitId: string,
  successorId: string,
  effectiveOn: string,
): Promise<void> {
  await db
    .updateTable('units')
    .set({ effective_to: effectiveOn, successor_id: successorId })
    .where('id', '=', unitId)
    .execute();
}
