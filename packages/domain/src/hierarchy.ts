import type { IsoDate } from './time';

export type UnitKind = 'nation' | 'province' | 'district' | 'commune' | 'department' | 'office' | 'organization';

export const unitKinds: readonly UnitKind[] = [
  'nation',
  'province',
  'district',
  'commune',
  'department',
  'office',
  'organization',
];

export const unitKindLabels: Record<UnitKind, string> = {
  nation: 'Trung ương',
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
  department: 'Sở/Phòng',
  office: 'Công chức chuyên môn',
  organization: 'Tổ chức',
};

/**
 * One unit over one span of time: it exists on days d with effectiveFrom <= d < effectiveTo.
 * A unit that is merged or split away names the unit that takes over its obligations in successorId.
 */
export interface UnitNode {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  successorId?: string | null;
}

export function isEffective(unit: UnitNode, on: IsoDate): boolean {
  return unit.effectiveFrom <= on && (unit.effectiveTo === null || on < unit.effectiveTo);
}

export function findUnit(units: readonly UnitNode[], unitId: string, on: IsoDate): UnitNode | undefined {
  return units.find((unit) => unit.id === unitId && isEffective(unit, on));
}

export function childrenOf(units: readonly UnitNode[], parentId: string, on: IsoDate): UnitNode[] {
  return units.filter((unit) => unit.parentId === parentId && isEffective(unit, on));
}

/** The subordinates a plan cascades to: effective direct children of the issuer of the given kinds, by name. */
export function cascadeTargets(
  units: readonly UnitNode[],
  issuerId: string,
  unitKinds: readonly UnitKind[],
  on: IsoDate,
): UnitNode[] {
  return childrenOf(units, issuerId, on)
    .filter((unit) => unitKinds.includes(unit.kind))
    .sort(compareByName);
}

// Code-unit order of the NFC name: the same on every host, unlike localeCompare('vi').
function compareByName(a: UnitNode, b: UnitNode): number {
  const nameA = a.name.normalize('NFC');
  const nameB = b.name.normalize('NFC');
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
