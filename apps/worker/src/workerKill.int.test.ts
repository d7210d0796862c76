import { createDatabase, type Database, type Kysely, migrateToLatest, reportTaskId, subPlanId } from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { type PostgresServer, quietTemporalLogs, startDevTemporal, startPostgres } from '@cascade/test-support';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { roundKey, startProvincePlan } from './testing/planRound';
import { startWorkerProcess, type WorkerProcess } from './testing/workerProcess';

const planId = 'kh2027-gl-worker-kill';
const dueOn = '2027-06-10';
const reportTask = (unitId: string) => reportTaskId(subPlanId(planId, unitId), roundKey);
const unitOf = (taskId: string) => taskId.slice(planId.length + 1).split(':')[0]!;

let postgres: PostgresServer;
let temporal: Awaited<ReturnType<typeof startDevTemporal>>;
let db: Kysely<Database>;
let inspector: pg.Pool;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  quietTemporalLogs();
  postgres = await startPostgres();
  temporal = await startDevTemporal();
  db = createDatabase({ url: postgres.url });
  await migrateToLatest(db);
  await seedDemoData(db);
  inspector = new pg.Pool({ connectionString: postgres.url, max: 2 });
});
afterAll(async () => {
  for (const worker of workers) await worker.kill();
  await inspector?.end();
  await db?.destroy();
  await temporal?.teardown();
  await postgres?.stop();
});

function startWorker() {
  const worker = startWorkerProcess({ DATABASE_URL: postgres.url, TEMPORAL_ADDRESS: temporal.address });
  workers.push(worker);
  return worker;
}

/** Another session holding table locks: activities writing to those tables wait, as on a database under load. */
async function lockingSession() {
  const session = new pg.Client({ connectionString: postgres.url });
  await session.connect();
  await session.query('begin');
  return {
    lock: (table: string) => session.query(`lock table ${table} in share mode`),
    release: async () => {
      await session.query('rollback');
      await session.end();
    },
  };
}

async function insertsWaitingOn(table: string): Promise<number> {
  const { rows } = await inspector.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like $1`,
    [`insert into "${table}"%`],
  );
  return rows[0]!.n;
}

const reportStates = async () =>
  Object.fromEntries(
    (
      await db
        .selectFrom('tasks')
        .select(['id', 'state'])
        .where('plan_id', 'like', `${planId}.%`)
        .where('kind', '=', 'report')
        .execute()
    ).map((t) => [unitOf(t.id), t.state]),
  );

/** What a supervisor reads: every submission, notification and audit event of the plan. */
async function readModel() {
  const submissions = await db
    .selectFrom('report_submissions')
    .select(['task_id', 'submitted_at', 'on_time'])
    .where('task_id', 'like', `${planId}.%`)
    .orderBy('task_id')
    .orderBy('submitted_at')
    .execute();
  const notifications = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.user_id',
      'notifications.kind',
      'notifications.task_id',
      'notifications.subject',
      'notifications.mailed_at',
      'users.email',
    ])
    .where('notifications.task_id', 'like', `${planId}%`)
    .execute();
  const audit = await db
    .selectFrom('audit_events')
    .select(['action', 'subject_id', 'data'])
    .where('subject_id', 'like', `${planId}%`)
    .execute();
  const drafts = await db
    .selectFrom('plan_drafts')
    .select(['plan_id', 'version'])
    .where('plan_id', 'like', `${planId}%`)
    .execute();
  return { submissions, notifications, audit, drafts };
}

it('a worker killed mid-round with updates and activities in flight, then started again, loses and duplicates nothing', async () => {
  const firstWorker = startWorker();
  await firstWorker.ready;
  // The round falls due once the second worker is up and has taken over the first worker's activities (10 s timeouts).
  const deadline = Date.now() + 60_000;
  const plan = await startProvincePlan(db, temporal.client, planId, dueOn, deadline);
  await expect.poll(async () => Object.keys(await reportStates()).length, { timeout: 30_000 }).toBe(11);

  const results: Record<string, unknown> = {};
  for (const unit of ['gl-pleiku', 'gl-snv', 'gl-dien-hong'])
    results[unit] = await plan.submit(unit, `submit:${unit}`, 5);

  // In flight at the kill: a return whose audit is written and whose notification waits, and a submission and a
  // sub-plan draft whose rows are written and whose audit waits.
  const locks = await lockingSession();
  await locks.lock('notifications');
  const returned = plan.returnReport('gl-dien-hong', 'return:gl-dien-hong', 'Thiếu số liệu tiếp công dân');
  await expect.poll(() => insertsWaitingOn('notifications'), { timeout: 15_000 }).toBe(1);
  await locks.lock('audit_events');
  const submittedInFlight = plan.submit('gl-thong-nhat', 'submit:gl-thong-nhat', 7);
  const draftInFlight = plan.saveSubPlanDraft('gl-hoi-phu', 'draft:gl-hoi-phu');
  for (const pending of [returned, submittedInFlight, draftInFlight]) pending.catch(() => {});
  await expect.poll(() => insertsWaitingOn('audit_events'), { timeout: 15_000 }).toBe(2);

  await firstWorker.kill();
  // The dead worker's waiting inserts now go through: the database has those writes, Temporal no completion.
  await locks.release();
  // Sent while no worker runs; the second worker takes it.
  const submittedWhileDown = plan.submit('gl-skhcn', 'submit:gl-skhcn', 2);
  const secondWorker = startWorker();
  await secondWorker.ready;
  results['gl-skhcn'] = await submittedWhileDown;
  results['gl-ttr'] = await plan.submit('gl-ttr', 'submit:gl-ttr', 1);
  // The returned report is sent again while the return itself still waits for its activity's retry.
  results['gl-dien-hong again'] = await plan.submit('gl-dien-hong', 'resubmit:gl-dien-hong', 6);
  expect(Date.now()).toBeLessThan(deadline);

  const neverOnTime = ['gl-vp', 'gl-bien-ho', 'gl-chu-pah', 'gl-ia-grai', 'gl-hoi-phu'];
  await expect
    .poll(
      async () => {
        const states = await reportStates();
        return neverOnTime.map((u) => states[u]);
      },
      { timeout: 60_000 },
    )
    .toEqual(neverOnTime.map(() => 'overdue'));
  results['gl-bien-ho'] = await plan.submit('gl-bien-ho', 'submit:gl-bien-ho', 3);

  // Each caller whose Update was in flight when the worker died gets its result once the activity is retried.
  results['gl-thong-nhat'] = await submittedInFlight;
  expect(await returned).toEqual({ returnedAt: expect.any(String) });
  expect(await draftInFlight).toEqual({ version: 1 });

  const onTime = { submittedAt: expect.any(String), status: 'onTime' };
  expect(results).toEqual({
    'gl-pleiku': onTime,
    'gl-snv': onTime,
    'gl-dien-hong': onTime,
    'gl-skhcn': onTime,
    'gl-ttr': onTime,
    'gl-thong-nhat': onTime,
    'gl-bien-ho': { submittedAt: expect.any(String), status: 'late' },
    'gl-dien-hong again': onTime,
  });
  expect(await reportStates()).toEqual({
    'gl-pleiku': 'done',
    'gl-snv': 'done',
    'gl-dien-hong': 'done',
    'gl-thong-nhat': 'done',
    'gl-skhcn': 'done',
    'gl-ttr': 'done',
    'gl-bien-ho': 'done',
    'gl-vp': 'overdue',
    'gl-chu-pah': 'overdue',
    'gl-ia-grai': 'overdue',
    'gl-hoi-phu': 'overdue',
  });

  const model = await readModel();
  // Every submission once, at the instant its caller was told.
  const submitted = Object.entries(results).map(([key, r]) => [
    reportTask(key.split(' ')[0]!),
    new Date((r as { submittedAt: string }).submittedAt).toISOString(),
  ]);
  expect(model.submissions.map((s) => [s.task_id, s.submitted_at.toISOString()]).sort()).toEqual(submitted.sort());
  expect(model.submissions.filter((s) => !s.on_time).map((s) => unitOf(s.task_id))).toEqual(['gl-bien-ho']);
  expect(model.drafts.map((d) => `${d.plan_id} v${d.version}`).sort()).toEqual([
    `${planId} v1`,
    `${subPlanId(planId, 'gl-hoi-phu')} v1`,
  ]);

  // One overdue notice per unit that missed the deadline to its leader and the supervisor; the return to the unit's staff.
  const expectedNotices = [
    ...neverOnTime.flatMap((u) => [`overdue ${u} ${u}.lanhdao`, `overdue ${u} gl-snv.theodoi`]),
    'returned gl-dien-hong gl-dien-hong.lanhdao',
    'returned gl-dien-hong gl-dien-hong.chuyenvien',
  ];
  const warnings = model.notifications.filter((n) => n.kind === 'overdue' || n.kind === 'returned');
  expect(warnings.map((n) => `${n.kind} ${unitOf(n.task_id!)} ${n.user_id}`).sort()).toEqual(expectedNotices.sort());
  // The other steps' notices (new sub-plans, reports received, drafts to issue): each person once per event.
  const notices = model.notifications.map((n) => `${n.kind} ${n.task_id} ${n.user_id} ${n.subject}`);
  expect(notices.filter((n) => n.startsWith('assigned')).length).toBe(
    new Set(notices.filter((n) => n.startsWith('assigned'))).size,
  );

  const subjectOf = (id: string) => (id === planId ? 'gl' : unitOf(id));
  expect(model.audit.map((a) => `${a.action} ${subjectOf(a.subject_id)}`).sort()).toEqual(
    [
      'plan.draftSaved gl',
      'plan.issued gl',
      'plan.draftSaved gl-hoi-phu',
      'report.returned gl-dien-hong',
      ...[...Object.keys(results).map((k) => k.split(' ')[0]!)].map((u) => `report.submitted ${u}`),
      ...neverOnTime.map((u) => `task.overdue ${u}`),
    ].sort(),
  );

  // Every notice is mailed once, by the mail outbox of a worker process, a moment after it was written.
  await expect
    .poll(async () => (await readModel()).notifications.filter((n) => !n.mailed_at).length, { timeout: 45_000 })
    .toBe(0);
  const mailed = await readModel();
  const mails = [...firstWorker.mails(), ...secondWorker.mails()];
  expect(mails.sort()).toEqual(mailed.notifications.map((n) => `[mail] to ${n.email}: ${n.subject}`).sort());

  // A caller retrying with the same idempotency key gets the same answer, and nothing new is written.
  expect(await plan.submit('gl-thong-nhat', 'submit:gl-thong-nhat', 7)).toEqual(results['gl-thong-nhat']);
  expect(await plan.submit('gl-skhcn', 'submit:gl-skhcn', 2)).toEqual(results['gl-skhcn']);
  expect(await plan.returnReport('gl-dien-hong', 'return:gl-dien-hong', 'Thiếu số liệu tiếp công dân')).toEqual(
    await returned,
  );
  expect(await plan.saveSubPlanDraft('gl-hoi-phu', 'draft:gl-hoi-phu')).toEqual({ version: 1 });
  expect(await readModel()).toEqual(mailed);
});
