import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adhocRoundSignal } from './messages';
import { createHarness, type Harness } from './testing/harness';
import type { ScheduledRound } from './types';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const indicators = [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum' as const, target: 2 }];
const adhoc = (key: string): ScheduledRound => ({
  key,
  label: `Báo cáo đột xuất ${key}`,
  period: 'adhoc',
  cutoff: { from: '2027-01-01', to: '2027-01-31' },
  dueOnByLevel: ['2027-02-20'],
});
const tree = {
  id: 'v',
  kind: 'province',
  children: [
    { id: 'a', kind: 'commune' },
    { id: 'b', kind: 'commune' },
  ],
};

/** Polls in real time: the cascade activity runs outside the skipped clock. */
async function waitFor(done: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('ad hoc rounds forwarded down the cascade', () => {
  it('reach sub-plans whose workflows start later, and skip one that has ended without failing the plan', async () => {
    const year = await harness.startYear(tree, { rounds: [], remindDaysBefore: [], indicators }, '2027-01-04');
    // The cascade is being created when the first ad hoc request comes.
    let releaseCascade = () => {};
    const cascadeReleased = new Promise<void>((resolve) => (releaseCascade = resolve));
    let cascadeAsked = () => {};
    const cascadeAskedFor = new Promise<void>((resolve) => (cascadeAsked = resolve));
    const createSubPlans = year.memory.activities.createSubPlans;
    year.memory.activities.createSubPlans = async (input) => {
      cascadeAsked();
      await cascadeReleased;
      return createSubPlans(input);
    };
    // b's plan is missing from the database: its workflow fails at once and is closed when the second request comes.
    const openPlanTask = year.memory.activities.openPlanTask;
    year.memory.activities.openPlanTask = async (input) => {
      if (input.planId === 'kh-v.b') throw ApplicationFailure.nonRetryable('Kế hoạch không còn trong cơ sở dữ liệu.');
      return openPlanTask(input);
    };
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      const plan = await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-v', '2027-01-31');
      await cascadeAskedFor;
      await plan.signal(adhocRoundSignal, adhoc('AD1'));
      releaseCascade();
      await waitFor(async () => (await year.progress('plan-kh-v')).subPlans.length === 2);
      // The sub-plans' workflows start once the cascade's rows exist (an activity starts them).
      await expect
        .poll(async () => (await year.progress('plan-kh-v.a').catch(() => null))?.rounds.map((r) => r.key))
        .toEqual(['AD1']);
      await expect(year.handle('plan-kh-v.b').result()).rejects.toThrow();
      await year.advanceTo('2027-02-01');
      await plan.signal(adhocRoundSignal, adhoc('AD2'));
      await expect
        .poll(async () => (await year.progress('plan-kh-v.a')).rounds.map((r) => r.key))
        .toEqual(['AD1', 'AD2']);
      await expect
        .poll(async () => (await year.progress('plan-kh-v')).failedSteps.map((f) => f.step))
        .toEqual(['ad hoc AD2 → b']);
      // The plan goes on: its own year still takes reports.
      expect((await year.submit('plan-kh-v.a', 'AD2', { models: 1 })).status).toBe('onTime');
    });
    await year.recordHistories('adhoc-forwarding');
  });
});
