import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adhocRoundSignal, handOverSignal, returnReportUpdate } from './messages';
import { createHarness, type Harness } from './testing/harness';
import type { PlanSchedule, ScheduledRound } from './types';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const round = (key: string, level1: string, level2: string): ScheduledRound => ({
  key,
  label: `Báo cáo ${key}`,
  period: 'quarter',
  cutoff: { from: '2026-12-15', to: '2027-03-14' },
  dueOnByLevel: [level1, level2],
});
const indicators = [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum' as const, target: 2 }];
const province = {
  id: 'p',
  kind: 'province',
  children: [
    { id: 'a', kind: 'department' },
    { id: 'b', kind: 'commune' },
    { id: 'c', kind: 'commune' },
  ],
};

describe('a plan year on the time-skipping server', () => {
  it('reminds only units that have not acted, escalates at the deadline, and counts late, missing and returned work right — across a worker restart', async () => {
    const schedule: PlanSchedule = {
      rounds: [round('Q1', '2027-02-15', '2027-02-10')],
      remindDaysBefore: [3, 1],
      indicators,
    };
    const year = await harness.startYear(province, schedule, '2027-01-04');
    let worker = await year.newWorker({ cache: false });
    let submitted = { submittedAt: '', status: '' };
    await worker.runUntil(async () => {
      await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-p', '2027-01-14');
      await year.advanceTo('2027-01-05');
      await year.issue('plan-kh-p.a', null);
      await year.advanceTo('2027-01-16');
      await year.issue('plan-kh-p.b', null);
      await year.advanceTo('2027-02-01');
      submitted = await year.submit('plan-kh-p.a', 'Q1', { models: 1 });
      expect(submitted.status).toBe('onTime');
      expect(submitted.submittedAt).toMatch(/^2027-02-01T03:00/);
    });

    worker = await year.newWorker();
    await worker.runUntil(async () => {
      await year.advanceTo('2027-02-02');
      await year.handle('plan-kh-p.a').executeUpdate(returnReportUpdate, {
        args: [{ actorId: 'province', roundKey: 'Q1', reason: 'Thiếu số liệu' }],
      });
      await year.advanceTo('2027-02-17');
      expect((await year.submit('plan-kh-p.a', 'Q1', { models: 2 })).status).toBe('onTime');
      await year.advanceTo('2027-02-18');
      expect((await year.submit('plan-kh-p.c', 'Q1', { models: 1 })).status).toBe('late');
      await year.advanceTo('2027-02-20');

      const status = async (unit: string) => {
        const p = await year.progress(`plan-kh-p.${unit}`);
        return { subPlan: p.status, Q1: p.rounds[0]!.status };
      };
      expect(await status('a')).toEqual({ subPlan: 'onTime', Q1: 'onTime' });
      expect(await status('b')).toEqual({ subPlan: 'late', Q1: 'overdue' });
      expect(await status('c')).toEqual({ subPlan: 'overdue', Q1: 'late' });
      expect((await year.progress('plan-kh-p.a')).rounds[0]).toMatchObject({
        firstSubmittedAt: submitted.submittedAt,
        values: { models: 2 },
      });
    });

    const { record } = year.memory;
    expect(record.reminders.map((r) => `${r.on} ${r.unitId} ${r.roundKey ?? 'subPlan'}`).sort()).toEqual([
      '2027-01-11 b subPlan',
      '2027-01-11 c subPlan',
      '2027-01-13 b subPlan',
      '2027-01-13 c subPlan',
      '2027-02-12 b Q1',
      '2027-02-12 c Q1',
      '2027-02-14 b Q1',
      '2027-02-14 c Q1',
    ]);
    expect(record.escalations.map((e) => `${e.dueOn} ${e.unitId} ${e.roundKey ?? 'subPlan'}`).sort()).toEqual([
      '2027-01-14 b subPlan',
      '2027-01-14 c subPlan',
      '2027-02-15 b Q1',
      '2027-02-15 c Q1',
    ]);
    expect(record.reports.map((r) => `${r.unitId} ${r.values.models} ${r.onTime}`)).toEqual([
      'a 1 true',
      'a 2 true',
      'c 1 false',
    ]);
  });

  it('a unit merged mid-year hands its open report to its successor and owes no later round', async () => {
    const schedule: PlanSchedule = {
      rounds: [round('R1', '2027-03-10', '2027-03-05'), round('R2', '2027-06-10', '2027-06-05')],
      remindDaysBefore: [3],
      indicators,
    };
    const tree = {
      id: 'q',
      kind: 'province',
      children: [
        { id: 'a', kind: 'commune' },
        { id: 'b', kind: 'commune' },
      ],
    };
    const year = await harness.startYear(tree, schedule, '2027-01-04');
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-q', '2027-01-31');
      await year.advanceTo('2027-01-10');
      await year.issue('plan-kh-q.a', null);
      await year.issue('plan-kh-q.b', null);
      await year.advanceTo('2027-03-09');
      await year.submit('plan-kh-q.b', 'R1');
      await year.advanceTo('2027-04-01', 0);
      await year.handle('plan-kh-q.a').signal(handOverSignal, { successorUnitId: 'b', effectiveOn: '2027-04-01' });
      await year.advanceTo('2027-04-05');
      // The successor's officers report for the merged unit's overdue round through its obligation.
      expect((await year.submit('plan-kh-q.a', 'R1')).status).toBe('late');
      await year.submit('plan-kh-q.b', 'R2');
      await year.advanceTo('2027-06-20');

      const owed = async (unit: string) =>
        (await year.progress(`plan-kh-q.${unit}`)).rounds.filter((r) => r.owed).map((r) => r.key);
      expect({ a: await owed('a'), b: await owed('b') }).toEqual({ a: ['R1'], b: ['R1', 'R2'] });
      expect((await year.progress('plan-kh-q.a')).successorUnitId).toBe('b');
    });
    const { record } = year.memory;
    expect(record.handOvers).toEqual([
      { planId: 'kh-q.a', unitId: 'a', successorUnitId: 'b', droppedRoundKeys: ['R2'] },
    ]);
    expect(record.reminders.map((r) => `${r.on} ${r.unitId} ${r.roundKey}`).sort()).toEqual([
      '2027-03-07 a R1',
      '2027-03-07 b R1',
    ]);
    expect(record.escalations.map((e) => `${e.unitId} ${e.roundKey}`)).toEqual(['a R1']);
  });

  it('a supervisor’s ad hoc report reaches every unit below, with its own deadline and questions', async () => {
    const tree = {
      id: 's',
      kind: 'province',
      children: [{ id: 'd', kind: 'district', children: [{ id: 'x', kind: 'commune' }] }],
    };
    const year = await harness.startYear(tree, { rounds: [], remindDaysBefore: [1], indicators }, '2027-01-04');
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-s', '2027-01-20');
      await year.advanceTo('2027-01-06');
      await year.issue('plan-kh-s.d', '2027-01-25');
      await year.advanceTo('2027-02-01');
      const adhoc: ScheduledRound = {
        key: 'AD1',
        label: 'Báo cáo đột xuất về tiếp công dân',
        period: 'adhoc',
        cutoff: { from: '2027-01-01', to: '2027-01-31' },
        dueOnByLevel: ['2027-02-10', '2027-02-07'],
        form: {
          schemaVersion: 1,
          fields: [{ kind: 'longText', key: 'difficulties', label: 'Khó khăn, vướng mắc', required: true }],
        },
      };
      await year.handle('plan-kh-s').signal(adhocRoundSignal, adhoc);
      await year.advanceTo('2027-02-03');
      await year.submit('plan-kh-s.d.x', 'AD1', { models: 1 }, { difficulties: 'Thiếu cán bộ tiếp dân' });
      await year.advanceTo('2027-02-12');
      expect((await year.progress('plan-kh-s.d')).rounds).toMatchObject([
        { key: 'AD1', dueOn: '2027-02-10', owed: true, status: 'overdue' },
      ]);
      expect((await year.progress('plan-kh-s.d.x')).rounds).toMatchObject([
        { key: 'AD1', dueOn: '2027-02-07', status: 'onTime' },
      ]);
    });
    // x never issued its own sub-plan (due 25/01): reminded the day before; d is reminded of the ad hoc report, x had sent it.
    expect(year.memory.record.reminders.map((r) => `${r.on} ${r.unitId} ${r.roundKey}`).sort()).toEqual([
      '2027-01-24 x null',
      '2027-02-09 d AD1',
    ]);
    expect(year.memory.record.reports).toMatchObject([
      { unitId: 'x', roundKey: 'AD1', details: { difficulties: 'Thiếu cán bộ tiếp dân' } },
    ]);
  });
});
