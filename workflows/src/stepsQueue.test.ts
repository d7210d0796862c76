import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("a plan's draft and issue are answered while its queue's background activities wait; the cascade then goes on", async () => {
  const year = await harness.startYear(
    {
      id: 'gl',
      kind: 'province',
      children: [
        { id: 'snv', kind: 'department' },
        { id: 'pleiku', kind: 'commune' },
      ],
    },
    { rounds: [], remindDaysBefore: [], indicators: [] },
    '2027-01-04',
  );
  let release = () => {};
  const backlog = new Promise<void>((resolve) => (release = resolve));
  const worker = await year.newWorker({ heldUntil: backlog });
  await worker.runUntil(async () => {
    const plan = await year.start();
    const { issuedAt } = await year.issue(plan.workflowId, '2027-02-26');
    expect(Number.isNaN(Date.parse(issuedAt))).toBe(false);
    const progress = await year.progress(plan.workflowId);
    expect(progress.phase).toBe('issued');
    // Its own task is not opened yet (held on the plan's queue), so the cascade has not begun.
    expect(progress.subPlans).toEqual([]);
    release();
    while ((await year.progress(plan.workflowId)).subPlans.length < 2) await pause(100);
    expect((await year.progress(plan.workflowId)).subPlans.map((s) => s.unitId).sort()).toEqual(['pleiku', 'snv']);
  });
});
