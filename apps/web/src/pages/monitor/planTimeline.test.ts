import { describe, expect, it } from 'vitest';
import type { MonitorGrid } from './monitorTypes';
import { planTimeline, unitRecords } from './planTimeline';

const row = (planId: string, unitName: string, level: number) => ({ planId, unitName, level });
const grid = {
  columns: [
    { key: 'plan', label: 'Kế hoạch', dueOn: null },
    { key: 'm01', label: 'Tháng 1', dueOn: '2027-01-14' },
    { key: 'm02', label: 'Tháng 2', dueOn: '2027-02-14' },
  ],
  rows: [row('gl', 'Tỉnh Gia Lai', 0), row('gl.a', 'Phường A', 1), row('gl.b', 'Phường B', 1)],
  cells: {
    'gl.a': {
      m01: { status: 'onTime', daysLate: -1 },
      m02: { status: 'onTime', daysLate: 0 },
    },
    'gl.b': {
      m01: { status: 'late', daysLate: 3 },
      m02: { status: 'overdue', daysLate: 5 },
    },
  },
  taskIds: { 'gl.a|m01': 'a1', 'gl.a|m02': 'a2', 'gl.b|m01': 'b1', 'gl.b|m02': 'b2' },
  taskDates: {
    a1: { openedAt: '2026-12-15T00:00:00Z', dueAt: '2027-01-14T16:59:59Z', completedAt: '2027-01-13T02:00:00Z' },
    a2: { openedAt: '2027-01-15T00:00:00Z', dueAt: '2027-02-14T16:59:59Z', completedAt: '2027-02-14T02:00:00Z' },
    b1: { openedAt: '2026-12-16T00:00:00Z', dueAt: '2027-01-14T16:59:59Z', completedAt: '2027-01-17T02:00:00Z' },
    b2: { openedAt: '2027-01-15T00:00:00Z', dueAt: '2027-02-14T16:59:59Z', completedAt: null },
  },
} as unknown as MonitorGrid;

describe('the plan timeline and the units’ records', () => {
  it('tells per round when it opened, was due, first and last done, and how many are in', () => {
    const m01 = planTimeline(grid).find((t) => t.key === 'm01')!;
    expect(m01).toMatchObject({
      openedAt: '2026-12-15T00:00:00Z',
      firstDoneAt: '2027-01-13T02:00:00Z',
      lastDoneAt: '2027-01-17T02:00:00Z',
      done: 2,
      expected: 2,
    });
    expect(planTimeline(grid).find((t) => t.key === 'm02')).toMatchObject({ done: 1, expected: 2 });
  });

  it('calls a unit consistent only when every round due so far came in on time', () => {
    expect(unitRecords(grid)).toEqual([
      { planId: 'gl.a', unitName: 'Phường A', level: 1, due: 2, onTime: 2, late: 0, missing: 0, isConsistent: true },
      { planId: 'gl.b', unitName: 'Phường B', level: 1, due: 2, onTime: 0, late: 1, missing: 1, isConsistent: false },
    ]);
  });
});
