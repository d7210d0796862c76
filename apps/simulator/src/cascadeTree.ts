import type { MemoryUnit } from '@cascade/workflows/testing';
import type { HierarchyUnit } from './scenarioSchema';

/** The units that owe a sub-plan, as the tree the memory activities cascade through; ids are the scenario codes. */
export interface CascadeTree {
  root: MemoryUnit;
  /** Every unit of the tree in hierarchy order (pre-order), the issuer first. */
  order: string[];
  levelOf: Map<string, number>;
  parentOf: Map<string, string>;
  childrenOf: Map<string, string[]>;
  /** The deepest level below the issuer; 0 when nothing cascades. */
  depth: number;
}

export function findUnit(unit: HierarchyUnit, code: string): HierarchyUnit | undefined {
  if (unit.code === code) return unit;
  for (const child of unit.children ?? []) {
    const found = findUnit(child, code);
    if (found) return found;
  }
  return undefined;
}

/** A unit whose kind is not listed is dropped with everything under it: sub-plans only cascade through listed kinds. */
export function cascadeTreeOf(issuer: HierarchyUnit, kinds: readonly string[]): CascadeTree {
  const tree: CascadeTree = {
    root: { id: issuer.code, kind: issuer.kind },
    order: [],
    levelOf: new Map(),
    parentOf: new Map(),
    childrenOf: new Map(),
    depth: 0,
  };
  const visit = (unit: HierarchyUnit, node: MemoryUnit, level: number) => {
    tree.order.push(unit.code);
    tree.levelOf.set(unit.code, level);
    tree.depth = Math.max(tree.depth, level);
    const children = (unit.children ?? []).filter((child) => kinds.includes(child.kind));
    tree.childrenOf.set(
      unit.code,
      children.map((child) => child.code),
    );
    if (children.length) node.children = [];
    for (const child of children) {
      const childNode: MemoryUnit = { id: child.code, kind: child.kind };
      node.children!.push(childNode);
      tree.parentOf.set(child.code, unit.code);
      visit(child, childNode, level + 1);
    }
  };
  visit(issuer, tree.root, 0);
  return tree;
}

export function allCodes(unit: HierarchyUnit): string[] {
  return [unit.code, ...(unit.children ?? []).flatMap(allCodes)];
}
