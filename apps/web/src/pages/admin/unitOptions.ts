import { unitKindLabels } from '@cascade/domain';
import type { AdminUnit } from './adminTypes';

/** Units still in force, each named with its parent: two provinces both have a "Sở Nội vụ". */
export function activeUnitOptions(units: AdminUnit[]): { id: string; label: string }[] {
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return units
    .filter((u) => u.effectiveTo === null)
    .map((u) => {
      const parentName = u.parentId ? nameOf.get(u.parentId) : undefined;
      return { id: u.id, label: parentName ? `${u.name} — ${parentName}` : `${u.name} (${unitKindLabels[u.kind]})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

/** Mergers already recorded: who ceased, on which day, and who took over. */
export function recordedMergers(
  units: AdminUnit[],
): { unitName: string; successorName: string; effectiveOn: string }[] {
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return units.flatMap((u) =>
    u.successorId && u.effectiveTo
      ? [{ unitName: u.name, successorName: nameOf.get(u.successorId) ?? u.successorId, effectiveOn: u.effectiveTo }]
      : [],
  );
}
