import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './testing/harness';
import type { PlanSchedule, ScheduledRound } from './types';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const monthly: ScheduledRound[] = Array.from({ length: 12 }, (_, i) => {
  const month = String(i + 1).padStart(2, '0');
  return {
    key: `M-${month}`,
    label: `Báo cáo tháng ${i + 1}`,
    period: 'month',
    cutoff: { from: '2026-12-15', to: '2027-12-14' },
    dueOnByLevel: [`2027-${month}-15`],
    consolidatedBy: `2027-${month}-18`,
  };
});

it('a year of monthly rounds under a province with 120 subordinates keeps every history far below 10,240 events', async () => {
  const units = Array.from({ length: 120 }, (_, i) => ({ id: `u${i}`, kind: 'commune' }));
  const schedule: PlanSchedule = {
    rounds: monthly,
    remindDaysBefore: [3, 1],
    indicators: [{ key: 'models', label: 'Mô hình', aggregate: 'sum', target: 2 }],
  };
  const year = await harness.startYear({ id: 'big', kind: 'province', children: units }, schedule, '2027-01-02');
  const worker = await year.newWorker();
  await worker.runUntil(async () => {
    await year.start();
    await year.advanceTo('2027-01-02');
    await year.issue('plan-kh-big', '2027-01-31');
    await expect.poll(async () => (await year.progress('plan-kh-big')).subPlans.length, { timeout: 30_000 }).toBe(120);
    // Every other unit reports every month; the rest, and the province's own consolidated report, are reminded
    // twice and escalated each month: the heaviest history.
    for (const round of monthly) {
      await year.advanceTo(round.dueOnByLevel[0]!);
      await Promise.all(
        units.filter((_, i) => i % 2 === 0).map((u) => year.submit(`plan-kh-big.${u.id}`, round.key, { models: 1 })),
      );
    }
    await year.advanceTo('2027-12-20');
  });
  const workflowIds = ['plan-kh-big', ...units.map((u) => `plan-kh-big.${u.id}`)];
  const lengths = await Promise.all(
    workflowIds.map(async (id) => (await year.handle(id).fetchHistory()).events?.length ?? 0),
  );
  const longest = Math.max(...lengths);
  console.error(`history events: root ${lengths[0]}, longest ${longest}`);
  expect(longest).toBeLessThan(10_240);
  expect(year.memory.record.reports).toHaveLength(60 * 12);
  expect(year.memory.record.escalations.filter((e) => e.roundKey)).toHaveLength(61 * 12);
}, 600_000);
