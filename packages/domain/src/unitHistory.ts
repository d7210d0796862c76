import { isEffective, type UnitKind, type UnitNode } from './hierarchy';
import type { IsoDate } from './time';

/** What a unit was called, where it sat and what it was from `effectiveOn` until its next version. */
export interface UnitVersion {
  unitId: string;
  effectiveOn: IsoDate;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/**
 * The hierarchy as it stood on a day: units effective that day, each with the name, kind and parent of its latest
 * version from on or before it (its current values when it has none).
 */
export function unitsAsOf(units: readonly UnitNode[], versions: readonly UnitVersion[], on: IsoDate): UnitNode[] {
  const latest = new Map<string, UnitVersion>();
  for (const version of versions) {
    if (version.effectiveOn > on) continue;
    const seen = latest.get(version.unitId);
    if (!seen || seen.effectiveOn <= version.effectiveOn) latest.set(version.unitId, version);
  }
  return units
    .filter((unit) => isEffective(unit, on))
    .map((unit) => {
      const version = latest.get(unit.id);
      return version ? { ...unit, name: version.name, kind: version.kind, parentId: version.parentId } : unit;
    });
}
