import type { PlannedUnit, UnitImportPlan } from '@cascade/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { closeUnit, findUnit, reopenUnit, updateUnit } from './units';

const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) result.push(items.slice(i, i + chunkSize));
  return result;
}

/** Parents before children, so every inserted unit finds its parent already there. */
function parentsFirst(units: readonly PlannedUnit[]): PlannedUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depth = (u: PlannedUnit): number => {
    let d = 0;
    for (let p = byId.get(u.parentId); p && d <= units.length; p = byId.get(p.parentId)) d++;
    return d;
  };
  return units
    .map((u) => ({ u, d: depth(u) }))
    .sort((a, b) => a.d - b.d)
    .map(({ u }) => u);
}

/** Applies a checked import plan in one transaction: all of it, or (on any failure) nothing. */
export async function applyUnitImport(
  db: Kysely<Database>,
  plan: UnitImportPlan,
  closeOn: string,
  actorId: string | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const batch of chunks(parentsFirst(plan.added))) {
      await trx
        .insertInto('units')
        .values(
          batch.map((u) => ({
            id: u.id,
            name: u.name,
            kind: u.kind,
            parent_id: u.parentId,
            code: u.code,
            abbreviation: u.abbreviation,
            effective_from: u.effectiveFrom,
            effective_to: null,
            successor_id: null,
          })),
        )
        .execute();
      await trx
        .insertInto('unit_versions')
        .values(
          batch.map((u) => ({
            unit_id: u.id,
            effective_on: u.effectiveFrom,
            change: 'created' as const,
            name: u.name,
            kind: u.kind,
            parent_id: u.parentId,
            recorded_by: actorId,
          })),
        )
        .execute();
    }
    for (const u of plan.reopened) {
      const unit = await findUnit(trx, u.id);
      if (unit) await reopenUnit(trx, unit, u.effectiveFrom, actorId);
    }
    const changed = new Map([...plan.reopened, ...plan.renamed, ...plan.moved].map((u) => [u.id, u]));
    for (const u of changed.values()) {
      const unit = await findUnit(trx, u.id);
      if (!unit) continue;
      if (unit.name === u.name && unit.kind === u.kind && unit.parent_id === u.parentId) continue;
      const on = u.effectiveFrom > unit.effective_from ? u.effectiveFrom : unit.effective_from;
      await updateUnit(trx, unit, { name: u.name, kind: u.kind, parent_id: u.parentId }, on, actorId);
    }
    for (const u of plan.closed) {
      const unit = await findUnit(trx, u.id);
      if (unit && !unit.effective_to) await closeUnit(trx, unit, closeOn, actorId);
    }
  });
}
