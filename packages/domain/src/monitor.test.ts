import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMonitorGrid, type MonitorRow, type MonitorTask } from './monitor';
import { randomCascade } from './randomCascade.fixture';
import { taskStatus } from './status';

const now = new Date('2027-06-15T05:00:00Z');
const columns = ['plan', 'm01', 'm02', 'q2'];

/** Random obligations in every state. */
const task = (planId: string, column: string): fc.Arbitrary<MonitorTask> =>
  fc.record({
    planId: fc.constant(planId),
    column: fc.constant(column),
    dueAt: fc.option(fc.integer({ min: -40, max: 40 }).map((d) => new Date(now.getTime() + d * 86_400_000))),
    completedAt: fc.option(fc.integer({ min: -60, max: 0 }).map((d) => new Date(now.getTime() + d * 3_600_000))),
    handedOver: fc.boolean(),
  });

/** A random plan tree (each plan's parent is an earlier one) with random obligations in every state. */
const cascadeArbitrary = randomCascade(40, columns, task).map(({ rows, obligations }) => ({
  rows,
  tasks: obligations,
}));

function bruteStatus(t: MonitorTask) {
  if (!t.dueAt) return t.completedAt ? 'onTime' : 'pending';
  return taskStatus({ dueAt: t.dueAt, completedAt: t.completedAt }, now);
}

function isBelow(rows: MonitorRow[], planId: string, ancestorId: string): boolean {
  for (let p = rows.find((r) => r.planId === planId)?.parentPlanId; p;) {
    if (p === ancestorId) return true;
    p = rows.find((r) => r.planId === p)?.parentPlanId ?? null;
  }
  return false;
}

function depthOf(rows: MonitorRow[], planId: string): number {
  let depth = 0;
  for (let p = rows.find((r) => r.planId === planId)?.parentPlanId; p; depth += 1) {
    p = rows.find((r) => r.planId === p)?.parentPlanId ?? null;
  }
  return depth;
}

describe('buildMonitorGrid', () => {
  it('counts each subtree and each round × level exactly as a brute-force count does', () => {
    fc.assert(
      fc.property(cascadeArbitrary, ({ rows, tasks }) => {
        const grid = buildMonitorGrid(rows, tasks, now);
        const owed = tasks.filter((t) => !t.handedOver);
        for (const row of rows) {
          const below = owed.filter((t) => isBelow(rows, t.planId, row.planId)).map(bruteStatus);
          const counts = grid.subtreeCounts[row.planId]!;
          expect(counts.expected).toBe(below.length);
          expect(counts.onTime).toBe(below.filter((s) => s === 'onTime').length);
          expect(counts.late).toBe(below.filter((s) => s === 'late').length);
          expect(counts.overdue).toBe(below.filter((s) => s === 'overdue').length);
          expect(counts.pending).toBe(below.filter((s) => s === 'pending').length);
        }
        for (const column of columns) {
          for (const level of new Set(rows.map((r) => depthOf(rows, r.planId)))) {
            const here = owed.filter((t) => t.column === column && depthOf(rows, t.planId) === level).map(bruteStatus);
            const rate = grid.rates[column]?.[level];
            expect(rate?.expected ?? 0).toBe(here.length);
            expect(rate?.submitted ?? 0).toBe(here.filter((s) => s === 'onTime' || s === 'late').length);
            if (here.length)
              expect(rate!.timeliness).toBeCloseTo(here.filter((s) => s === 'onTime').length / here.length);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tells how many days early or late an obligation was done, and how long an open one is overdue', () => {
    const rows: MonitorRow[] = [
      { planId: 'gl', parentPlanId: null, unitId: 'gl', unitName: 'Gia Lai' },
      { planId: 'gl.pleiku', parentPlanId: 'gl', unitId: 'pleiku', unitName: 'Pleiku' },
    ];
    const due = new Date('2027-06-10T16:59:59Z');
    const grid = buildMonitorGrid(
      rows,
      [
        {
          planId: 'gl.pleiku',
          column: 'plan',
          dueAt: due,
          completedAt: new Date('2027-06-08T03:00:00Z'),
          handedOver: false,
        },
        { planId: 'gl.pleiku', column: 'm05', dueAt: due, completedAt: null, handedOver: false },
      ],
      now,
    );
    expect(grid.cells['gl.pleiku']!.plan).toEqual({ status: 'onTime', daysLate: -2 });
    expect(grid.cells['gl.pleiku']!.m05).toEqual({ status: 'overdue', daysLate: 4 });
    expect(grid.subtreeCounts.gl).toMatchObject({ expected: 2, onTime: 1, overdue: 1, completeness: 0.5 });
    expect(grid.levelOf).toEqual({ gl: 0, 'gl.pleiku': 1 });
  });
});
