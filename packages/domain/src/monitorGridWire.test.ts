import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMonitorGrid, type MonitorTask } from './monitor';
import { decodeMonitorGrid, encodeGridCells, type GridObligation } from './monitorGridWire';
import { randomCascade } from './randomCascade.fixture';

const now = new Date('2027-06-15T05:00:00Z');
const columns = ['plan', 'm01', 'm02', 'tk'];
const at = (days: number) => new Date(now.getTime() + days * 3_600_000);

/** An obligation in any state, some handed over, its id a report task's or another. */
const obligation = (planId: string, column: string): fc.Arbitrary<GridObligation & MonitorTask> =>
  fc.record({
    id: fc.oneof(fc.constant(`${planId}:report:${column}`), fc.constant(`other-${planId}-${column}`)),
    planId: fc.constant(planId),
    column: fc.constant(column),
    openedAt: fc.integer({ min: -900, max: 0 }).map(at),
    dueAt: fc.option(fc.integer({ min: -900, max: 900 }).map(at)),
    completedAt: fc.option(fc.integer({ min: -900, max: 0 }).map(at)),
    handedOver: fc.boolean(),
  });

/** A random plan tree with at most one obligation per plan and column. */
const cascadeArbitrary = randomCascade(30, columns, obligation);

describe('the grid on the wire', () => {
  it('decodes to the cells, task ids, dates and subtree counts the grid has as objects', () => {
    fc.assert(
      fc.property(cascadeArbitrary, ({ rows, obligations }) => {
        const grid = buildMonitorGrid(rows, obligations, now);
        const wire = encodeGridCells(rows, columns, obligations, grid);
        const decoded = decodeMonitorGrid({ rows, columns: columns.map((key) => ({ key })), ...wire });
        expect(decoded.cells).toEqual(grid.cells);
        expect(decoded.subtreeCounts).toEqual(grid.subtreeCounts);
        expect(decoded.taskIds).toEqual(Object.fromEntries(obligations.map((o) => [`${o.planId}|${o.column}`, o.id])));
        const iso = (d: Date | null) => d?.toISOString() ?? null;
        const dates = (o: GridObligation) => ({
          openedAt: iso(o.openedAt),
          dueAt: iso(o.dueAt),
          completedAt: iso(o.completedAt),
        });
        expect(decoded.taskDates).toEqual(Object.fromEntries(obligations.map((o) => [o.id, dates(o)])));
        expect(decoded.rows).toBe(rows);
      }),
    );
  });

  it('writes each date once and a plan’s task ids without the plan’s id', () => {
    const rows = [{ planId: 'kh-1', parentPlanId: null, unitId: 'u', unitName: 'Tỉnh' }];
    const due = new Date('2027-03-14T16:59:00Z');
    const obligations = ['m01', 'm02'].map((column) => ({
      id: `kh-1:report:${column}`,
      planId: 'kh-1',
      column,
      openedAt: due,
      dueAt: due,
      completedAt: null,
      handedOver: false,
    }));
    const wire = encodeGridCells(rows, columns, obligations, buildMonitorGrid(rows, obligations, now));
    expect(wire.dates).toEqual([due.toISOString()]);
    expect(wire.cells[0]).toEqual([0, [1, 92, ':report:m01', 0, 0, null], [1, 92, ':report:m02', 0, 0, null], 0]);
  });
});
