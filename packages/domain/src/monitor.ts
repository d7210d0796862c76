import { type StatusSummary, type TaskStatus, summarizeStatuses, taskStatus } from './status';

/** One unit's plan in a cascade: the rows of the monitor's grid. */
export interface MonitorRow {
  planId: string;
  parentPlanId: string | null;
  unitId: string;
  unitName: string;
}

/** One obligation of a row: its sub-plan (column `plan`) or a report round (column = the round's key). */
export interface MonitorTask {
  planId: string;
  column: string;
  dueAt: Date | null;
  completedAt: Date | null;
  /** Obligations handed to a successor after a merger are owed by nobody here. */
  handedOver: boolean;
}

export interface MonitorCell {
  status: TaskStatus;
  /** Whole days after (positive) or before (negative) the deadline: when done, or now for what is still open. */
  daysLate: number | null;
}

export interface MonitorGrid {
  cells: Record<string, Record<string, MonitorCell>>;
  /** Per row, the four categories over every obligation of its subordinates, all the way down. */
  subtreeCounts: Record<string, StatusSummary>;
  /** Level 1 = the issuer's direct subordinates. Per column, per level. */
  rates: Record<string, Record<number, StatusSummary>>;
  levelOf: Record<string, number>;
}

const dayMs = 86_400_000;

export function cellOf(task: MonitorTask, now: Date): MonitorCell {
  if (!task.dueAt) return { status: task.completedAt ? 'onTime' : 'pending', daysLate: null };
  const status = taskStatus({ dueAt: task.dueAt, completedAt: task.completedAt }, now);
  const at = task.completedAt ?? now;
  const daysLate = Math.trunc((at.getTime() - task.dueAt.getTime()) / dayMs);
  return { status, daysLate: status === 'pending' ? null : daysLate };
}

/** The whole grid in one pass over rows and tasks; the root row is level 0 and owes nothing to itself here. */
export function buildMonitorGrid(rows: readonly MonitorRow[], tasks: readonly MonitorTask[], now: Date): MonitorGrid {
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.parentPlanId) continue;
    children.set(row.parentPlanId, [...(children.get(row.parentPlanId) ?? []), row.planId]);
  }
  const known = new Set(rows.map((r) => r.planId));
  const roots = rows.filter((r) => !r.parentPlanId || !known.has(r.parentPlanId)).map((r) => r.planId);
  const levelOf: Record<string, number> = {};
  const order: string[] = [];
  const queue = roots.map((id) => ({ id, level: 0 }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    levelOf[next.id] = next.level;
    order.push(next.id);
    for (const child of children.get(next.id) ?? []) queue.push({ id: child, level: next.level + 1 });
  }

  const cells: MonitorGrid['cells'] = {};
  const own: Record<string, TaskStatus[]> = {};
  const byColumnLevel: Record<string, Record<number, TaskStatus[]>> = {};
  for (const task of tasks) {
    if (task.handedOver || levelOf[task.planId] === undefined) continue;
    const cell = cellOf(task, now);
    (cells[task.planId] ??= {})[task.column] = cell;
    (own[task.planId] ??= []).push(cell.status);
    const level = levelOf[task.planId]!;
    ((byColumnLevel[task.column] ??= {})[level] ??= []).push(cell.status);
  }

  // Children come after their parents in `order`: walking it backwards sums each subtree once.
  const below: Record<string, TaskStatus[]> = {};
  for (const id of [...order].reverse()) {
    below[id] = (children.get(id) ?? []).flatMap((child) => [...(own[child] ?? []), ...(below[child] ?? [])]);
  }
  const subtreeCounts = Object.fromEntries(order.map((id) => [id, summarizeStatuses(below[id] ?? [])]));
  const rates = Object.fromEntries(
    Object.entries(byColumnLevel).map(([column, levels]) => [
      column,
      Object.fromEntries(Object.entries(levels).map(([level, statuses]) => [level, summarizeStatuses(statuses)])),
    ]),
  );
  return { cells, subtreeCounts, rates, levelOf };
}
