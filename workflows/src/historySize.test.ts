import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adhocRoundSignal, progressQuery, saveDraftUpdate } from './messages';
import { createHarness, type Harness } from './testing/harness';
import type { PlanSchedule, ScheduledRound } from './types';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
const monthly: ScheduledRound[] = months.map((month) => ({
  key: `M-${month}`,
  label: `Báo cáo tháng ${month}`,
  period: 'month',
  cutoff: { from: '2026-12-15', to: '2027-12-14' },
  dueOnByLevel: [`2027-${month}-15`, `2027-${month}-12`],
}));

/** What the server puts in a form's values for an attached file: a reference, whatever the file's size. */
const fileRef = (n: number) => ({
  id: `6f1c2a4e-1b7d-4c1e-9d1a-${String(n).padStart(12, '0')}`,
  name: `Phụ lục số ${n} kèm theo kế hoạch.pdf`,
  contentType: 'application/pdf',
  size: 1_400_000,
});
const annexForm = {
  schemaVersion: 1 as const,
  fields: [
    { kind: 'longText' as const, key: 'summary', label: 'Tóm tắt kết quả', required: true },
    { kind: 'file' as const, key: 'annex', label: 'Biểu số liệu', maxBytes: 5_000_000, accept: ['application/pdf'] },
  ],
};
const adhocRound = (month: string, n: number): ScheduledRound => ({
  key: `AD-${month}-${n}`,
  label: `Báo cáo đột xuất số ${n} tháng ${month}`,
  period: 'adhoc',
  cutoff: { from: '2027-01-01', to: `2027-${month}-20` },
  dueOnByLevel: [`2027-${month}-25`, `2027-${month}-20`],
  form: annexForm,
});

/** The most the server lets a plan year ask (`maxAdhocRoundsPerPlan` in the api), spread over the months. */
const adhocPerMonth = 5;

const bytesOf = (history: temporal.api.history.v1.IHistory) =>
  temporal.api.history.v1.History.encode(history).finish().length;

it('a year with attachments on every draft and report and sixty ad hoc requests keeps every history far below 10 MB and 10,240 events', async () => {
  const districts = ['d1', 'd2'].map((id) => ({
    id,
    kind: 'district',
    children: ['x1', 'x2', 'x3'].map((c) => ({ id: `${id}${c}`, kind: 'commune' })),
  }));
  const schedule: PlanSchedule = {
    rounds: monthly,
    remindDaysBefore: [3, 1],
    indicators: [{ key: 'models', label: 'Mô hình', aggregate: 'sum', target: 2 }],
  };
  const year = await harness.startYear({ id: 'y', kind: 'province', children: districts }, schedule, '2027-01-02');
  const root = 'plan-kh-y';
  const subPlans = districts.map((d) => `${root}.${d.id}`);
  const communes = districts.flatMap((d) => d.children.map((c) => `${root}.${d.id}.${c.id}`));
  // Every save of a draft carries its three attachments: twenty saves before issuing.
  const saveDrafts = async (workflowId: string, saves: number) => {
    for (let n = 0; n < saves; n++) {
      const { draftVersion } = await year.progress(workflowId);
      await year.handle(workflowId).executeUpdate(saveDraftUpdate, {
        args: [
          {
            actorId: 'officer',
            baseVersion: draftVersion,
            title: 'Kế hoạch',
            content: { purpose: `Mục đích, lần ${n}`, annex1: fileRef(1), annex2: fileRef(2), annex3: fileRef(3) },
          },
        ],
      });
    }
  };
  const worker = await year.newWorker();
  await worker.runUntil(async () => {
    await year.start();
    await year.advanceTo('2027-01-02');
    await saveDrafts(root, 20);
    await year.issue(root, '2027-01-20');
    await expect.poll(async () => (await year.progress(root)).subPlans.length, { timeout: 30_000 }).toBe(2);
    for (const sub of subPlans) {
      await saveDrafts(sub, 20);
      await year.issue(sub, '2027-01-28');
    }
    for (const sub of subPlans)
      await expect.poll(async () => (await year.progress(sub)).subPlans.length, { timeout: 30_000 }).toBe(3);
    for (const [m, month] of months.entries()) {
      await year.advanceTo(`2027-${month}-01`);
      const adhocs = Array.from({ length: adhocPerMonth }, (_, n) => adhocRound(month, n + 1));
      for (const round of adhocs) await year.handle(root).signal(adhocRoundSignal, round);
      await year.advanceTo(`2027-${month}-08`);
      // Each report carries an attachment; every unit answers the ad hoc requests, and all but one the month's round.
      const details = (n: number) => ({ summary: `Kết quả ${n}`, annex: fileRef(100 + m * 10 + n) });
      await Promise.all(
        [...subPlans, ...communes].flatMap((id, i) => [
          ...adhocs.map((round, n) => year.submit(id, round.key, { models: 1 }, details(n))),
          ...(i === 0 ? [] : [year.submit(id, `M-${month}`, { models: 1 }, details(9))]),
        ]),
      );
    }
    await year.advanceTo('2027-12-28');
  });

  const sizes = await Promise.all(
    [root, ...subPlans, ...communes].map(async (id) => {
      const history = await year.handle(id).fetchHistory();
      return { id, events: history.events?.length ?? 0, bytes: bytesOf(history) };
    }),
  );
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const longest = sizes.reduce((a, b) => (b.events > a.events ? b : a));
  console.error(`largest history: ${JSON.stringify(largest)}; longest: ${JSON.stringify(longest)}`);
  expect(largest.bytes).toBeLessThan(1024 * 1024);
  expect(longest.events).toBeLessThan(3_000);
  expect(year.memory.record.reports).toHaveLength(8 * 12 * adhocPerMonth + 7 * 12);
}, 600_000);

it('each ad hoc request adds a few events to a province’s history, not two per subordinate', async () => {
  const units = Array.from({ length: 60 }, (_, i) => ({ id: `u${i}`, kind: 'commune' }));
  const schedule: PlanSchedule = { rounds: [], remindDaysBefore: [1], indicators: [] };
  const year = await harness.startYear({ id: 'big', kind: 'province', children: units }, schedule, '2027-01-02');
  const root = 'plan-kh-big';
  const eventsOf = async (id: string) => (await year.handle(id).fetchHistory()).events?.length ?? 0;
  const requests = months.slice(0, 10).flatMap((month) => [adhocRound(month, 1), adhocRound(month, 2)]);
  let before = 0;
  const worker = await year.newWorker();
  await worker.runUntil(async () => {
    await year.start();
    await year.advanceTo('2027-01-02');
    await year.issue(root, '2027-01-31');
    await expect.poll(async () => (await year.progress(root)).subPlans.length, { timeout: 30_000 }).toBe(60);
    // Asked on one day, due over the year: what matters here is the province's own history.
    await year.advanceTo('2027-01-05');
    before = await eventsOf(root);
    for (const round of requests) await year.handle(root).signal(adhocRoundSignal, round);
    await expect
      .poll(async () => (await year.handle(`${root}.u59`).query(progressQuery)).rounds.length, { timeout: 120_000 })
      .toBe(requests.length);
  });
  const perRequest = ((await eventsOf(root)) - before) / requests.length;
  console.error(`ad hoc requests to a province with 60 subordinates: ${perRequest} events each in its history`);
  // Signalled one by one from the province, each request would add 2 × 60 events.
  expect(perRequest).toBeLessThan(12);
}, 600_000);
