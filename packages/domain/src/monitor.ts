import {
  noStatuses,
  type StatusCounts,
  type StatusSummary,
  type TaskStatus,
  summarizeCounts,
  summarizeStatuses,
  taskStatus,
} from './status';

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
const statusKeys: TaskStatus[] = ['pending', 'overdue', 'onTime', 'late'];

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
    const list = children.get(row.parentPlanId);
    if (list) list.push(row.planId);
    else children.set(row.parentPlanId, [row.planId]);
  }
  const known = new Set(rows.map((r) => r.planId));
  const roots = rows.filter((r) => !r.parentPlanId || !known.has(r.parentPlanId)).map((r) => r.planId);
  const levelOf: Record<string, number> = {};
  // Breadth first, so children come after their parents in `order`.
  const order: string[] = [...roots];
  for (const id of roots) levelOf[id] = 0;
  for (let i = 0; i < order.length; i += 1) {
    const id = order[i]!;
    for (const child of children.get(id) ?? []) {
      levelOf[child] = levelOf[id]! + 1;
      order.push(child);
    }
  }

  const cells: MonitorGrid['cells'] = {};
  const own: Record<string, StatusCounts> = {};
  const byColumnLevel: Record<string, Record<number, TaskStatus[]>> = {};
  for (const task of tasks) {
    if (task.handedOver || levelOf[task.planId] === undefined) continue;
    const cell = cellOf(task, now);
    (cells[task.planId] ??= {})[task.column] = cell;
    (own[task.planId] ??= noStatuses())[cell.status] += 1;
    const level = levelOf[task.planId]!;
    ((byColumnLevel[task.column] ??= {})[level] ??= []).push(cell.status);
  }

  // Walking `order` backwards sums each subtree once, from its children's own and below counts.
  const below: Record<string, StatusCounts> = {};
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const id = order[i]!;
    const counts = noStatuses();
    for (const child of children.get(id) ?? [])
      for (const source of [own[child], below[child]])
        if (source) for (const status of statusKeys) counts[status] += source[status];
    below[id] = counts;
  }
  const subtreeCounts = Object.fromEntries(order.map((id) => [id, summarizeCounts(below[id]!)]));
  const rates = Object.fromEntries(
    Object.entries(byColumnLevel).map(([column, levels]) => [
      column,
      Object.fromEntries(Object.entries(levels).map(([level, statuses]) => [level, summarizeStatuses(statuses)])),
    ]),
  );
  return { cells, subtreeCounts, rates, levelOf };
}
