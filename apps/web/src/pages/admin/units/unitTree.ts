import type { inferOutput } from '@trpc/tanstack-react-query';
import { byVietnameseName, matchesSearch } from '../../../text';
import type { trpc } from '../../../trpc';

export type TreeUnit = inferOutput<typeof trpc.units.tree>['units'][number];
export interface UnitTreeNode {
  key: string;
  title: string;
  children: UnitTreeNode[];
}

/** The administrator's units as nested nodes, siblings in Vietnamese order. */
export function buildUnitTree(units: readonly TreeUnit[], rootId: string): UnitTreeNode[] {
  const children = new Map<string | null, TreeUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const nodeOf = (unit: TreeUnit): UnitTreeNode => ({
    key: unit.id,
    title: unit.code ? `${unit.name} (${unit.code})` : unit.name,
    children: (children.get(unit.id) ?? []).sort(byVietnameseName).map(nodeOf),
  });
  const root = units.find((u) => u.id === rootId);
  return root ? [nodeOf(root)] : [];
}

/** Units whose name or code matches the search, with or without diacritics, in Vietnamese order. */
export function searchUnits(units: readonly TreeUnit[], search: string): TreeUnit[] {
  return units
    .filter((u) => matchesSearch(u.name, search) || (u.code ?? '').includes(search.trim()))
    .sort(byVietnameseName);
}
