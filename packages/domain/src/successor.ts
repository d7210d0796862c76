import { findUnit, type UnitNode } from './hierarchy';
import type { IsoDate } from './time';

/**
 * The unit that carries a unit's obligations on `on`: the unit itself while it is effective,
 * otherwise the first effective unit along its successorId links (merges and splits mid-year).
 * Null when the chain ends, loops, or the unit does not exist yet.
 */
export function resolveSuccessor(units: readonly UnitNode[], unitId: string, on: IsoDate): UnitNode | null {
  const visited = new Set<string>();
  for (let id: string | null | undefined = unitId; id && !visited.has(id);) {
    visited.add(id);
    const effective = findUnit(units, id, on);
    if (effective) return effective;
    id = endedBefore(units, id, on)?.successorId;
  }
  return null;
}

function endedBefore(units: readonly UnitNode[], unitId: string, on: IsoDate): UnitNode | undefined {
  let latest: UnitNode | undefined;
  for (const unit of units) {
    if (unit.id !== unitId || unit.effectiveTo === null || unit.effectiveTo > on) continue;
    if (!latest || unit.effectiveTo > (latest.effectiveTo ?? '')) latest = unit;
  }
  return latest;
}
