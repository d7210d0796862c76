export interface PlanNode {
  planId: string;
  parentPlanId: string | null;
}

/**
 * Orders plans parent-first with their depth, for an indented tree. A plan whose parent is not in the list
 * (outside the viewer's scope) starts a tree of its own.
 */
export function orderAsTree<T extends PlanNode>(nodes: T[]): { node: T; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.planId));
  const children = new Map<string, T[]>();
  for (const node of nodes) {
    if (node.parentPlanId === null || !ids.has(node.parentPlanId)) continue;
    children.set(node.parentPlanId, [...(children.get(node.parentPlanId) ?? []), node]);
  }
  const ordered: { node: T; depth: number }[] = [];
  const visit = (node: T, depth: number) => {
    ordered.push({ node, depth });
    for (const child of children.get(node.planId) ?? []) visit(child, depth + 1);
  };
  for (const root of findRoots(nodes)) visit(root, 0);
  return ordered;
}

export function findRoots<T extends PlanNode>(nodes: T[]): T[] {
  const ids = new Set(nodes.map((n) => n.planId));
  return nodes.filter((n) => n.parentPlanId === null || !ids.has(n.parentPlanId));
}
