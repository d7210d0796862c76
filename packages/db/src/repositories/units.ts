import type { Kysely } from 'kysely';
import type { UnitNode, UnitVersion } from '@cascade/domain';
import type { Database, NewUnit, Unit, UnitChange, UnitVersionRow } from '../schema';

export function listUnits(db: Kysely<Database>): Promise<Unit[]> {
  return db.selectFrom('units').selectAll().orderBy('name').orderBy('id').execute();
}

export function findUnit(db: Kysely<Database>, id: string): Promise<Unit | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export function toUnitNode(u: Unit): UnitNode {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    effectiveFrom: u.effective_from,
    effectiveTo: u.effective_to,
    successorId: u.successor_id,
  };
}

/** The hierarchy as the domain rules read it, effective dates included. */
export async function listUnitNodes(db: Kysely<Database>): Promise<UnitNode[]> {
  return (await listUnits(db)).map(toUnitNode);
}

export async function listUnitVersions(db: Kysely<Database>, unitId?: string): Promise<UnitVersionRow[]> {
  let query = db.selectFrom('unit_versions').selectAll();
  if (unitId !== undefined) query = query.where('unit_id', '=', unitId);
  return query.orderBy('effective_on').orderBy('id').execute();
}

export const toUnitVersion = (v: UnitVersionRow): UnitVersion => ({
  unitId: v.unit_id,
  effectiveOn: v.effective_on,
  name: v.name,
  kind: v.kind,
  parentId: v.parent_id,
});

async function recordVersion(
  db: Kysely<Database>,
  unit: Pick<Unit, 'id' | 'name' | 'kind' | 'parent_id'>,
  change: UnitChange,
  effectiveOn: string,
  actorId: string | null,
): Promise<void> {
  await db
    .insertInto('unit_versions')
    .values({
      unit_id: unit.id,
      effective_on: effectiveOn,
      change,
      name: unit.name,
      kind: unit.kind,
      parent_id: unit.parent_id,
      recorded_by: actorId,
    })
    .execute();
}

/** A unit first changed after it was loaded without history (the seed, older data) gets its first version now. */
async function ensureFirstVersion(db: Kysely<Database>, unit: Unit, actorId: string | null): Promise<void> {
  const existing = await db.selectFrom('unit_versions').select('id').where('unit_id', '=', unit.id).executeTakeFirst();
  if (!existing) await recordVersion(db, unit, 'created', unit.effective_from, actorId);
}

export async function createUnit(db: Kysely<Database>, unit: NewUnit, actorId: string | null): Promise<void> {
  await db.insertInto('units').values(unit).execute();
  await recordVersion(
    db,
    { id: unit.id, name: unit.name, kind: unit.kind, parent_id: unit.parent_id ?? null },
    'created',
    unit.effective_from,
    actorId,
  );
}

export type UnitEdit = Partial<
  Pick<Unit, 'name' | 'kind' | 'parent_id' | 'code' | 'abbreviation' | 'address' | 'phone' | 'email'>
>;

/** Renames, moves or re-describes a unit from `effectiveOn`; the unit keeps its latest values, the history the rest. */
export async function updateUnit(
  db: Kysely<Database>,
  unit: Unit,
  edit: UnitEdit,
  effectiveOn: string,
  actorId: string | null,
): Promise<Unit> {
  await ensureFirstVersion(db, unit, actorId);
  const updated = { ...unit, ...edit };
  await db.updateTable('units').set(edit).where('id', '=', unit.id).execute();
  const change: UnitChange =
    updated.parent_id !== unit.parent_id ? 'moved' : updated.name !== unit.name ? 'renamed' : 'updated';
  await recordVersion(db, updated, change, effectiveOn, actorId);
  return updated;
}

/** The unit ceases on `effectiveOn` (it no longer exists from that day), handing over to a successor when merged. */
export async function closeUnit(
  db: Kysely<Database>,
  unit: Unit,
  effectiveOn: string,
  actorId: string | null,
  successorId: string | null = null,
): Promise<void> {
  await ensureFirstVersion(db, unit, actorId);
  await db
    .updateTable('units')
    .set({ effective_to: effectiveOn, successor_id: successorId })
    .where('id', '=', unit.id)
    .execute();
  await recordVersion(db, unit, successorId ? 'merged' : 'closed', effectiveOn, actorId);
}

/** A closed unit in force again from `effectiveOn`. */
export async function reopenUnit(
  db: Kysely<Database>,
  unit: Unit,
  effectiveOn: string,
  actorId: string | null,
): Promise<void> {
  await ensureFirstVersion(db, unit, actorId);
  await db.updateTable('units').set({ effective_to: null, successor_id: null }).where('id', '=', unit.id).execute();
  await recordVersion(db, unit, 'reopened', effectiveOn, actorId);
}

/** The unit ceases on `effectiveOn` and its successor takes over; the hierarchy keeps both, with their dates. */
export async function recordUnitSuccession(
  db: Kysely<Database>,
  unitId: string,
  successorId: string,
  effectiveOn: string,
  actorId: string | null = null,
): Promise<void> {
  const unit = await findUnit(db, unitId);
  if (unit) await closeUnit(db, unit, effectiveOn, actorId, successorId);
}

/** Units whose obligations a unit carries: itself and every unit merged into it, directly or along a chain. */
export async function predecessorIds(db: Kysely<Database>, unitId: string): Promise<string[]> {
  const units = await db.selectFrom('units').select(['id', 'successor_id']).execute();
  const ids = [unitId];
  for (let i = 0; i < ids.length; i++) {
    for (const u of units) if (u.successor_id === ids[i] && !ids.includes(u.id)) ids.push(u.id);
  }
  return ids;
}

/** The unit in force with this code (or, failing that, the latest closed one). */
export function findUnitByCode(db: Kysely<Database>, code: string): Promise<Unit | undefined> {
  return db
    .selectFrom('units')
    .selectAll()
    .where('code', '=', code)
    .orderBy('effective_to', (ob) => ob.desc().nullsFirst())
    .executeTakeFirst();
}
