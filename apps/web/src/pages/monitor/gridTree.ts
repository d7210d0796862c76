import { matchesSearch, type TaskStatus } from '@cascade/domain';

export interface GridRowInput {
  planId: string;
  parentPlanId: string | null;
  unitName: string;
}

export type GridTreeRow<T extends GridRowInput> = T & { children?: GridTreeRow<T>[] };

/** The flat rows as a tree (parents first, order kept), keeping only rows that match and the parents that lead to them. */
export function toGridTree<T extends GridRowInput>(
  rows: readonly T[],
  statusesOf: (row: T) => TaskStatus[],
  filter: { status: string | null; search: string },
): GridTreeRow<T>[] {
  const byId = new Map(rows.map((r) => [r.planId, r]));
  const matches = (row: T) =>
    (!filter.status || statusesOf(row).some((s) => s === filter.status)) &&
    (!filter.search || matchesSearch(row.unitName, filter.search));
  const kept = new Set<string>();
  for (const row of rows) {
    if (!matches(row)) continue;
    for (
      let r: T | undefined = row;
      r && !kept.has(r.planId);
      r = r.parentPlanId ? byId.get(r.parentPlanId) : undefined
    )
      kept.add(r.planId);
  }
  const nodes = new Map<string, GridTreeRow<T>>();
  const roots: GridTreeRow<T>[] = [];
  for (const row of rows) {
    if (!kept.has(row.planId)) continue;
    const node: GridTreeRow<T> = { ...row };
    nodes.set(row.planId, node);
    const parent = row.parentPlanId ? nodes.get(row.parentPlanId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export interface ShownRow<T extends GridRowInput> {
  row: GridTreeRow<T>;
  depth: number;
  /** How many siblings the row has (itself included) and which of them it is, from 1. */
  setSize: number;
  posInSet: number;
}

/** The rows on screen, depth first: a collapsed parent hides its subtree. */
export function shownRows<T extends GridRowInput>(
  tree: readonly GridTreeRow<T>[],
  collapsed: ReadonlySet<string>,
): ShownRow<T>[] {
  const shown: ShownRow<T>[] = [];
  const visit = (rows: readonly GridTreeRow<T>[], depth: number) => {
    for (const [index, row] of rows.entries()) {
      shown.push({ row, depth, setSize: rows.length, posInSet: index + 1 });
      if (row.children && !collapsed.has(row.planId)) visit(row.children, depth + 1);
    }
  };
  visit(tree, 0);
  return shown;
}
