import type { MonitorGrid } from './monitor';
import { type StatusCounts, type StatusSummary, summarizeCounts, type TaskStatus } from './status';

/** One obligation of the grid as it is read from the database. */
export interface GridObligation {
  id: string;
  planId: string;
  column: string;
  openedAt: Date;
  dueAt: Date | null;
  completedAt: Date | null;
}

/**
 * One obligation on the wire: its category (an index of `wireStatuses`, null when handed over and so not counted),
 * days late, its id (the part after its plan's id, or `[id]` when it does not start with it) and its dates (indices
 * of the answer's `dates`).
 */
type WireCell = [
  status: number | null,
  daysLate: number | null,
  id: string | [string],
  openedAt: number,
  dueAt: number | null,
  completedAt: number | null,
];

/**
 * The grid's obligations in a compact form: per row, per column, the obligation or 0; every date once; per row its
 * subtree's four counts. A province's grid of 2,000 obligations took 520 kB as objects keyed by plan, column and task
 * ids with ISO dates; this is about a fifth of that, and faster to write and to read.
 */
export interface GridCellsWire {
  cells: (WireCell | 0)[][];
  dates: string[];
  /** Per row: pending, overdue, on time, late, over every obligation below it. */
  subtreeCounts: number[][];
}

export interface GridCells {
  cells: MonitorGrid['cells'];
  /** The obligation's id by `${planId}|${column}`. */
  taskIds: Record<string, string>;
  taskDates: Record<string, { openedAt: string; dueAt: string | null; completedAt: string | null }>;
  subtreeCounts: Record<string, StatusSummary>;
}

const wireStatuses: TaskStatus[] = ['pending', 'overdue', 'onTime', 'late'];

/** The obligations of `rows` × `columns` (the last one read wins a cell), with the grid's cells and counts. */
export function encodeGridCells(
  rows: readonly { planId: string }[],
  columns: readonly string[],
  obligations: readonly GridObligation[],
  grid: Pick<MonitorGrid, 'cells' | 'subtreeCounts'>,
): GridCellsWire {
  const rowIndex = new Map(rows.map((r, i) => [r.planId, i]));
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const dates: string[] = [];
  const dateIndex = new Map<number, number>();
  const dateOf = (at: Date | null) => {
    if (!at) return null;
    const ms = at.getTime();
    let index = dateIndex.get(ms);
    if (index === undefined) {
      index = dates.push(at.toISOString()) - 1;
      dateIndex.set(ms, index);
    }
    return index;
  };
  const cells: (WireCell | 0)[][] = rows.map(() => columns.map(() => 0));
  for (const o of obligations) {
    const row = rowIndex.get(o.planId);
    const column = columnIndex.get(o.column);
    if (row === undefined || column === undefined) continue;
    const cell = grid.cells[o.planId]?.[o.column];
    const id: WireCell[2] = o.id.startsWith(o.planId) ? o.id.slice(o.planId.length) : [o.id];
    const status = cell ? wireStatuses.indexOf(cell.status) : null;
    cells[row]![column] = [
      status,
      cell?.daysLate ?? null,
      id,
      dateOf(o.openedAt)!,
      dateOf(o.dueAt),
      dateOf(o.completedAt),
    ];
  }
  const subtreeCounts = rows.map((r) => {
    const s = grid.subtreeCounts[r.planId];
    return s ? [s.pending, s.overdue, s.onTime, s.late] : [0, 0, 0, 0];
  });
  return { cells, dates, subtreeCounts };
}

/** The grid's obligations as the screen reads them, from their compact form. */
function decodeGridCells(
  rows: readonly { planId: string }[],
  columns: readonly string[],
  wire: GridCellsWire,
): GridCells {
  const decoded: GridCells = { cells: {}, taskIds: {}, taskDates: {}, subtreeCounts: {} };
  const dateAt = (index: number | null) => (index === null ? null : wire.dates[index]!);
  rows.forEach(({ planId }, r) => {
    const [pending = 0, overdue = 0, onTime = 0, late = 0] = wire.subtreeCounts[r] ?? [];
    decoded.subtreeCounts[planId] = summarizeCounts({ pending, overdue, onTime, late } satisfies StatusCounts);
    wire.cells[r]?.forEach((cell, c) => {
      if (!cell) return;
      const [status, daysLate, id, openedAt, dueAt, completedAt] = cell;
      const taskId = typeof id === 'string' ? planId + id : id[0];
      decoded.taskIds[`${planId}|${columns[c]!}`] = taskId;
      decoded.taskDates[taskId] = {
        openedAt: dateAt(openedAt)!,
        dueAt: dateAt(dueAt),
        completedAt: dateAt(completedAt),
      };
      if (status !== null) (decoded.cells[planId] ??= {})[columns[c]!] = { status: wireStatuses[status]!, daysLate };
    });
  });
  return decoded;
}

/** A grid answer with its obligations decoded: everything else is passed on as it came. */
export function decodeMonitorGrid<T extends GridCellsWire & { rows: { planId: string }[]; columns: { key: string }[] }>(
  answer: T,
): Omit<T, keyof GridCellsWire> & GridCells {
  const { cells, dates, subtreeCounts, ...rest } = answer;
  const keys = answer.columns.map((c) => c.key);
  return { ...rest, ...decodeGridCells(answer.rows, keys, { cells, dates, subtreeCounts }) };
}
