import type { MonitorGrid } from './monitorTypes';

const earliest = (dates: (string | null | undefined)[]) =>
  dates.filter((d): d is string => Boolean(d)).sort()[0] ?? null;
const latest = (dates: (string | null | undefined)[]) =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1) ?? null;

/** Per obligation of a plan: when it opened across the cascade, when it was due, the first and last submission. */
export function planTimeline(grid: MonitorGrid) {
  const rows = grid.rows.filter((r) => r.level > 0);
  return grid.columns.map((column) => {
    const dates = rows.flatMap((r) => {
      const taskId = grid.taskIds[`${r.planId}|${column.key}`];
      const d = taskId ? grid.taskDates[taskId] : undefined;
      return d && grid.cells[r.planId]?.[column.key] ? [d] : [];
    });
    return {
      key: column.key,
      label: column.label,
      openedAt: earliest(dates.map((d) => d.openedAt)),
      dueAt: earliest(dates.map((d) => d.dueAt)),
      firstDoneAt: earliest(dates.map((d) => d.completedAt)),
      lastDoneAt: latest(dates.map((d) => d.completedAt)),
      done: dates.filter((d) => d.completedAt).length,
      expected: dates.length,
    };
  });
}

/** Per unit, its record over the report rounds already due: on time, late, still missing ("consistently reporting"). */
export function unitRecords(grid: MonitorGrid) {
  const rounds = grid.columns.filter((c) => c.key !== 'plan');
  return grid.rows
    .filter((r) => r.level > 0)
    .map((row) => {
      const cells = rounds.map((c) => grid.cells[row.planId]?.[c.key]).filter((c) => c && c.status !== 'pending');
      const onTime = cells.filter((c) => c!.status === 'onTime').length;
      const late = cells.filter((c) => c!.status === 'late').length;
      const missing = cells.filter((c) => c!.status === 'overdue').length;
      return {
        planId: row.planId,
        unitName: row.unitName,
        level: row.level,
        due: cells.length,
        onTime,
        late,
        missing,
        isConsistent: cells.length > 0 && onTime === cells.length,
      };
    });
}
