// `npm run bench:national`: a national plan over the official tree on the cluster topology, against the raw limits.
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, planWorkflowId, reportTaskId, subPlanId } from '@cascade/db';
import { decodeMonitorGrid } from '@cascade/domain';
import { Client, Connection } from '@temporalio/client';
import { startCluster } from '../clusterProcess';
import { submissionsByTask, tasksUnder } from '../faults/readModel';
import { untilAcknowledged } from '../faults/retryingClient';
import { clientOf, issueNationalPlan, issueProvinceSubPlan } from './nationalCascade';
import { buildNationalTree } from './nationalTree';
import { startRawWorker } from '../../../bench/rawLimits';
import { rawStarts, rawUpdates } from './rawLimits';
import { percentile } from '../../../bench/stats';
import { logNotStarted } from './notStarted';
import { inBatches, seconds } from './stats';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const args = process.argv.slice(2);
const unitsArg = args.indexOf('--units-file');
const unitsFile = resolve(
  process.env.INIT_CWD ?? repoRoot,
  unitsArg >= 0 ? args[unitsArg + 1]! : resolve(repoRoot, '../shared/data/vn-admin-units-2026.json'),
);
// `--provinces N --departments M`: a smaller run for iterating (the file's first N provinces, M departments each).
const numberArg = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const scale = { provinces: numberArg('--provinces'), departmentsPerProvince: numberArg('--departments') };
// How many requests the crowd keeps open at once (browsers of thousands of users, through one HTTP server).
const inFlight = Number(process.env.CASCADE_BENCH_IN_FLIGHT ?? 200);
const targets = { allRunningMs: 180_000, monitorP95Ms: 100 };
// How long the fan-out may take before the burst starts anyway (on the report tasks open by then).
const fanOutLimitMs = Number(process.env.CASCADE_BENCH_FANOUT_LIMIT_S ?? 900) * 1000;
const year = new Date().getFullYear() + 1;
const key = randomUUID().slice(0, 8);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[national] ${line}`);
const openReportTaskIds = async (db: ReturnType<typeof createDatabase>, planId: string) =>
  (await tasksUnder(db, [planId])).filter((t) => t.kind === 'report' && t.state !== 'done').map((t) => t.id);

const cluster = await startCluster({ CASCADE_DEMO: '1' });
const { url, databaseUrl, temporalAddress } = cluster.info;
log(`cluster up in ${seconds(cluster.info.startedInMs)} (${url}, Temporal ${temporalAddress})`);
const db = createDatabase({ url: databaseUrl });
const connection = await Connection.connect({ address: temporalAddress });
const temporal = new Client({ connection });
const figures: string[] = [];
try {
  let t = performance.now();
  const tree = await buildNationalTree(db, unitsFile, scale);
  log(
    `tree: ${tree.provinces.length} provinces, ${tree.leaves.length} departments and communes (${seconds(performance.now() - t)})`,
  );
  const as = (userId: string) => clientOf(url, tree.cookies.get(userId)!);
  const expected = 1 + tree.provinces.length + tree.leaves.length;

  // The cascade: the nation issues, each province drafts and issues as soon as its sub-plan is open.
  const runningCount = () =>
    temporal.workflow.count(`WorkflowType = 'planWorkflow' AND ExecutionStatus = 'Running'`).then((c) => c.count);
  const before = await runningCount();
  t = performance.now();
  const planId = await issueNationalPlan(as('vn.chuyenvien'), as('vn.lanhdao'), key, year);
  await Promise.all(
    tree.provinces.map(async (province) => {
      const handle = temporal.workflow.getHandle(planWorkflowId(subPlanId(planId, province)));
      while (!(await handle.describe().catch(() => null))) await pause(250);
      await issueProvinceSubPlan(as(`${province}.chuyenvien`), as(`${province}.lanhdao`), planId, province, key);
    }),
  );
  const provincesIssuedMs = performance.now() - t;
  log(`every province's sub-plan issued at ${seconds(provincesIssuedMs)}`);
  let running = 0;
  let shownAt = 0;
  while ((running = (await runningCount()) - before) < expected && performance.now() - t < fanOutLimitMs) {
    if (performance.now() - shownAt > 30_000) {
      log(`${running}/${expected} plan workflows running at ${seconds(performance.now() - t)}`);
      shownAt = performance.now();
    }
    await pause(1_000);
  }
  const allRunningMs = performance.now() - t;
  log(
    `${running}/${expected} plan workflows running after ${seconds(allRunningMs)} (provinces issued at ${seconds(provincesIssuedMs)})`,
  );
  if (running < expected) await logNotStarted(temporal, planId, tree);

  // The deadline-day burst: each department's and commune's officer submits its 6-month report, while the national
  // supervisor keeps the monitor open.
  // A sub-plan opens its report task a moment after its workflow starts: the burst waits for them (up to the fan-out's
  // limit), then goes to those open.
  const wanted = tree.leaves.map((leaf) => ({
    unit: leaf.id,
    taskId: reportTaskId(subPlanId(subPlanId(planId, leaf.province), leaf.id), 'H1'),
    at: '',
  }));
  const openOf = async () => {
    const open = new Set(await openReportTaskIds(db, planId));
    return wanted.filter((r) => open.has(r.taskId));
  };
  let reports = await openOf();
  while (reports.length < wanted.length && performance.now() - t < fanOutLimitMs) {
    await pause(2_000);
    reports = await openOf();
  }
  const reportTasksOpenMs = performance.now() - t;
  log(`${reports.length}/${wanted.length} 6-month report tasks open at ${seconds(reportTasksOpenMs)}`);
  log(`burst over ${reports.length} open report tasks`);
  const supervisor = as('vn.giamsat');
  let bursting = true;
  const monitorLatencies: number[] = [];
  let monitorFailures = 0;
  const monitoring = (async () => {
    while (bursting) {
      for (const query of [
        () => supervisor.monitor.overview.query({ year }),
        async () => decodeMonitorGrid(await supervisor.monitor.grid.query({ planId })),
      ]) {
        const sent = performance.now();
        // A refused query (e.g. 503 when the server's database pool is exhausted) is a figure, not the bench's end.
        if (
          await query().then(
            () => true,
            () => false,
          )
        )
          monitorLatencies.push(performance.now() - sent);
        else monitorFailures++;
      }
    }
  })();
  const latencies: number[] = [];
  // A sender that kept being refused for the harness's 240 s gives up: counted with the last answer, not the bench's end.
  const givenUp = new Map<string, number>();
  t = performance.now();
  await inBatches(reports.length, inFlight, async (i) => {
    const r = reports[i]!;
    const sent = performance.now();
    try {
      const { result } = await untilAcknowledged(() =>
        as(`${r.unit}.chuyenvien`).reports.submit.mutate({
          taskId: r.taskId,
          idempotencyKey: `${key}:${r.taskId}`,
          values: { skilledModels: 1, citizenReceptions: 12, dialogues: 3, petitionsResolvedRate: 95 },
          narrative: 'Báo cáo sơ kết 6 tháng.',
        }),
      );
      latencies.push(performance.now() - sent);
      r.at = new Date(result.submittedAt).toISOString();
    } catch (error) {
      const answer = error instanceof Error ? error.message : String(error);
      givenUp.set(answer, (givenUp.get(answer) ?? 0) + 1);
    }
  });
  const burstMs = performance.now() - t;
  bursting = false;
  await monitoring;
  const stored = await submissionsByTask(
    db,
    reports.map((r) => r.taskId),
  );
  // A report whose sender gave up is lost only if nothing was stored for it; one acknowledged, if not stored as told.
  const lost = reports.filter((r) =>
    r.at ? !(stored.get(r.taskId) ?? []).some((d) => d.toISOString() === r.at) : !stored.has(r.taskId),
  ).length;
  const acknowledged = reports.filter((r) => r.at).length;
  const duplicated = reports.reduce((n, r) => n + Math.max((stored.get(r.taskId)?.length ?? 0) - 1, 0), 0);
  const burstRate = (acknowledged * 1000) / burstMs;

  // The raw limits on the same cluster: N empty workflow starts and N raw Updates.
  const raw = await startRawWorker(temporalAddress);
  const starts = await rawStarts(temporal, expected, inFlight);
  const updates = await rawUpdates(temporal, reports.length, inFlight);
  await raw.stop();

  figures.push(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; cluster: 1 Temporal server (4 history shards), PostgreSQL, HTTP server, 2 workers`,
    `fan-out: ${running}/${expected} plan workflows running ${seconds(allRunningMs)} after the national issue (target < ${seconds(targets.allRunningMs)}: ${allRunningMs < targets.allRunningMs ? 'met' : 'MISSED'}); raw: ${expected} empty workflow starts in ${seconds(starts.ms)}; ${reports.length}/${wanted.length} 6-month report tasks open at ${seconds(reportTasksOpenMs)}`,
    `burst: ${acknowledged} of ${reports.length} report submissions acknowledged (${tree.leaves.length} units) in ${seconds(burstMs)} = ${burstRate.toFixed(1)}/s, p50 ${Math.round(percentile(latencies, 0.5))} ms, p95 ${Math.round(percentile(latencies, 0.95))} ms; lost ${lost}, duplicated ${duplicated}; raw: ${updates.perSecond.toFixed(1)} Updates/s (p95 ${Math.round(updates.p95)} ms), ratio ${(burstRate / updates.perSecond).toFixed(2)}`,
    `monitor during the burst: ${monitorLatencies.length} national queries (overview + grid) answered, ${monitorFailures} refused; p50 ${Math.round(percentile(monitorLatencies, 0.5))} ms, p95 ${Math.round(percentile(monitorLatencies, 0.95))} ms (target < ${targets.monitorP95Ms} ms: ${percentile(monitorLatencies, 0.95) < targets.monitorP95Ms ? 'met' : 'MISSED'})`,
  );
  for (const [answer, count] of givenUp) figures.push(`gave up after 240 s: ${count} × "${answer}"`);
  console.log(`\n${figures.join('\n')}`);
  if (lost || duplicated || givenUp.size > 0) process.exitCode = 1;
} finally {
  await connection.close();
  await db.destroy();
  await cluster.stop();
  // The server's and workers' own lines, for what the figures do not say (a step refused, an activity retried).
  const logFile = resolve(repoRoot, '.data', `national-${key}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, cluster.output());
  log(`the cluster's output: ${logFile}`);
}
