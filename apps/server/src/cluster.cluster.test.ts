import { randomUUID } from 'node:crypto';
import { createDatabase, type Database, type Kysely, reportTaskId } from '@cascade/db';
import { Client, Connection } from '@temporalio/client';
import { afterAll, expect, it } from 'vitest';
import { type Cluster, startCluster } from './testing/clusterProcess';
import { issueProvincePlan } from './testing/faults/planActions';
import { submissionsByTask, subPlansOf, tasksUnder, workflowState } from './testing/faults/readModel';
import { session, type Session, untilAcknowledged } from './testing/faults/retryingClient';
import { publishOpenRoundsTemplate } from './testing/openRoundsTemplate';

const rounds = ['H1', 'Y'];
const year = new Date().getFullYear() + 1;
const runId = randomUUID().slice(0, 8);
const unitsPerProvince = 11;
const isSubPlanReport = (t: { kind: string; plan_id: string }) => t.kind === 'report' && t.plan_id.includes('.');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let cluster: Cluster | undefined;
let db: Kysely<Database> | undefined;
afterAll(async () => {
  await db?.destroy();
  await cluster?.stop();
});

const reportTasksOf = async (planIds: string[]) => (await tasksUnder(db!, planIds)).filter(isSubPlanReport);

it('on Temporal’s own server with two workers, a cascade and a burst survive one worker’s SIGKILL: nothing lost or twice', async () => {
  cluster = await startCluster({ CASCADE_DEMO: '1' });
  const { url, databaseUrl, temporalAddress, workerPids } = cluster.info;
  console.log(`cluster up in ${cluster.info.startedInMs} ms`);
  expect(workerPids).toHaveLength(2);
  db = createDatabase({ url: databaseUrl });

  // Three province plans issued through the API, each cascading to its eleven units, who each owe two reports.
  // Its rounds are open now: the units report next year's plan today (no report form opens before its period).
  const templateId = await publishOpenRoundsTemplate(url);
  const officer = await session(url, 'gl.chuyenvien');
  const leader = await session(url, 'gl.lanhdao');
  const plans = await Promise.all(
    [1, 2, 3].map((n) =>
      issueProvincePlan(officer, leader, { number: n, key: `${runId}-cluster-${n}`, year, templateId }),
    ),
  );
  const planIds = plans.map((p) => p.planId);
  await expect
    .poll(async () => (await reportTasksOf(planIds)).length, { timeout: 120_000, interval: 1_000 })
    .toBe(planIds.length * unitsPerProvince * rounds.length);

  const submissions = (await subPlansOf(db, planIds)).flatMap((sub) =>
    rounds.map((roundKey) => {
      const unitId = sub.id.slice(sub.parent_plan_id!.length + 1);
      const taskId = reportTaskId(sub.id, roundKey);
      return { taskId, planId: sub.id, unitId, roundKey, key: `${runId}:${taskId}`, submittedAt: '' };
    }),
  );
  const officers = new Map<string, Session>();
  for (const unitId of new Set(submissions.map((s) => s.unitId)))
    officers.set(unitId, await session(url, `${unitId}.chuyenvien`));

  // The burst: every unit's officer presses "Gửi báo cáo" within a few seconds; a worker is killed after the first answer.
  let firstAck = () => {};
  const firstAcked = new Promise<void>((resolve) => (firstAck = resolve));
  const sends = submissions.map(async (s) => {
    await pause(Math.random() * 4_000);
    const { result } = await untilAcknowledged(() =>
      officers.get(s.unitId)!.reports.submit.mutate({
        taskId: s.taskId,
        idempotencyKey: s.key,
        values: { skilledModels: 1, citizenReceptions: 12, dialogues: 3, petitionsResolvedRate: 95 },
        narrative: `Báo cáo ${s.roundKey} của ${s.unitId}.`,
      }),
    );
    s.submittedAt = new Date(result.submittedAt).toISOString();
    firstAck();
  });
  await firstAcked;
  process.kill(workerPids[0]!, 'SIGKILL');
  // A cascade issued after the kill: the surviving worker starts its eleven sub-plans.
  const cascade = issueProvincePlan(officer, leader, {
    number: 4,
    key: `${runId}-cluster-after-kill`,
    year,
    templateId,
  });
  const outcomes = await Promise.allSettled([...sends, cascade]);
  expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
  const allPlanIds = [...planIds, (await cascade).planId];
  await expect
    .poll(async () => (await reportTasksOf(allPlanIds)).length, { timeout: 120_000, interval: 1_000 })
    .toBe(allPlanIds.length * unitsPerProvince * rounds.length);

  // The database: each submission stored once, at the instant its sender was told; every such task done.
  const stored = await submissionsByTask(
    db,
    submissions.map((s) => s.taskId),
  );
  const storedTimes = submissions.map((s) => (stored.get(s.taskId) ?? []).map((d) => d.toISOString()));
  expect(storedTimes).toEqual(submissions.map((s) => [s.submittedAt]));
  const tasks = await tasksUnder(db, allPlanIds);
  expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  const submitted = new Set(submissions.map((s) => s.taskId));
  expect(tasks.filter((t) => submitted.has(t.id) && t.state !== 'done')).toEqual([]);

  // Temporal agrees, and every plan workflow still runs.
  const connection = await Connection.connect({ address: temporalAddress });
  const temporal = new Client({ connection });
  const subPlans = await subPlansOf(db, allPlanIds);
  expect(subPlans).toHaveLength(allPlanIds.length * unitsPerProvince);
  for (const planId of [...allPlanIds, ...subPlans.map((p) => p.id)]) {
    const state = await workflowState(temporal, planId);
    expect(state.status, planId).toBe('RUNNING');
    for (const s of submissions.filter((x) => x.planId === planId))
      expect(state.submittedAt[s.roundKey], s.taskId).toBe(s.submittedAt);
  }
  await connection.close();

  // Only the killed worker is gone: the other carried the burst and the cascade.
  expect([isAlive(workerPids[0]!), isAlive(workerPids[1]!)]).toEqual([false, true]);
  expect(cluster.output()).toContain(`worker-1 (pid ${workerPids[0]}) ended: SIGKILL`);
  expect(await cluster.stop()).toBe('0');
  cluster = undefined;
}, 600_000);
