import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './testing/harness';
import type { PlanSchedule, ScheduledRound } from './types';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const review = (
  key: string,
  review: 'midYear' | 'annual',
  dueOnByLevel: string[],
  consolidatedBy: string,
): ScheduledRound => ({
  key,
  label: key === 'H1' ? 'Sơ kết 6 tháng' : 'Tổng kết năm',
  period: review === 'annual' ? 'year' : 'half',
  review,
  cutoff: { from: '2026-12-15', to: '2027-06-14' },
  dueOnByLevel,
  consolidatedBy,
});
const schedule: PlanSchedule = {
  rounds: [
    review('H1', 'midYear', ['2027-05-10', '2027-05-05'], '2027-05-15'),
    review('Y', 'annual', ['2027-11-30', '2027-11-25'], '2027-12-05'),
  ],
  remindDaysBefore: [1],
  indicators: [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum', target: 2 }],
};
const tree = {
  id: 'p',
  kind: 'province',
  children: [
    { id: 'snv', kind: 'department' },
    { id: 'd', kind: 'district', children: [{ id: 'x', kind: 'commune' }] },
  ],
};

describe('the issuer’s consolidated report and tổng kết', () => {
  it('the issuer owes a consolidated report each round; its tổng kết closes the whole cascade for the year', async () => {
    const year = await harness.startYear(tree, schedule, '2027-01-04');
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-p', '2027-02-28');
      await year.advanceTo('2027-01-10');
      await year.issue('plan-kh-p.snv', null);
      await year.issue('plan-kh-p.d', '2027-03-15');

      await year.advanceTo('2027-05-04');
      await year.submit('plan-kh-p.d.x', 'H1', { models: 1 });
      await year.submit('plan-kh-p.d', 'H1', { models: 1 });
      await year.submit('plan-kh-p.snv', 'H1', { models: 1 });
      await year.advanceTo('2027-05-16');
      expect((await year.submit('plan-kh-p', 'H1', { models: 2 })).status).toBe('late');

      await year.advanceTo('2027-11-10');
      await year.submit('plan-kh-p.snv', 'Y', { models: 2 });
      await year.submit('plan-kh-p.d', 'Y', { models: 1 });
      await year.advanceTo('2027-11-20');
      const tongKet = await year.submit('plan-kh-p', 'Y', { models: 3 });
      expect(tongKet.status).toBe('onTime');

      // One at a time: the time-skipping client skips time while it waits for a result.
      const results = [];
      for (const id of ['plan-kh-p', 'plan-kh-p.snv', 'plan-kh-p.d', 'plan-kh-p.d.x'])
        results.push(await year.handle(id).result());
      expect(results.map((r) => r.closedAt)).toEqual(Array(4).fill(tongKet.submittedAt));
      await expect(year.submit('plan-kh-p.d.x', 'Y', { models: 1 })).rejects.toThrow();
    });

    await year.recordHistories('tong-ket-close');
    const { record } = year.memory;
    expect([...record.closes.keys()].sort()).toEqual(['kh-p', 'kh-p.d', 'kh-p.d.x', 'kh-p.snv']);
    // The issuer was reminded of its own consolidation and escalated when late; x, closed before its Y due date, was not.
    expect(
      record.reminders
        .filter((r) => r.roundKey)
        .map((r) => `${r.on} ${r.unitId} ${r.roundKey}`)
        .sort(),
    ).toEqual(['2027-05-04 x H1', '2027-05-14 p H1']);
    expect(record.escalations.map((e) => `${e.dueOn} ${e.unitId} ${e.roundKey ?? 'subPlan'}`).sort()).toEqual([
      '2027-03-15 x subPlan',
      '2027-05-15 p H1',
    ]);
  });
});
