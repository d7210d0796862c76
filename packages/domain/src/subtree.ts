import { isEffective, type UnitNode } from './hierarchy';
import type { IsoDate } from './time';

/** The root and all its descendants; with `on`, only descendants effective that day. */
export function subtreeIds(units: readonly UnitNode[], rootId: string, on?: IsoDate): Set<string> {
  const ids = new Set([rootId]);
  const queue = [rootId];
  for (let parentId = queue.shift(); parentId !== undefined; parentId = queue.shift()) {
    for (const unit of units) {
      if (unit.parentId !== parentId || ids.has(unit.id)) continue;
      if (on !== undefined && !isEffective(unit, on)) continue;
      ids.add(unit.id);
      queue.push(unit.id);
    }
  }
  return ids;
}

export function isInSubtree(units: readonly UnitNode[], rootId: string, unitId: string, on?: IsoDate): boolean {
  return subtreeIds(units, rootId, on).has(unitId);
}
