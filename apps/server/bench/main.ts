// `npm run bench`: Cascade's figures beside Temporal's raw limits, measured in one run on this machine.
import { cpus, totalmem } from 'node:os';
import { readBenchArgs } from './args';
import { measureCascadeFanOut, waitForReportTasks } from './cascadeRun';
import { startBenchEnvironment } from './environment';
import { fanOutPhases } from './fanOutPhases';
import { communeIdOf, createBenchHierarchy } from './fixture';
import { measureChildStarts, measureRawStarts, measureRawUpdates, startRawWorker } from './rawLimits';
import { format, printFigures } from './report';
import { quietTemporalLogs } from '@cascade/test-support';
import { pause } from './stats';
import { loginOfficers, measureBurst, measureIdleSubmissions } from './submissions';

const log = (line: string) => console.log(`[bench] ${line}`);

async function main() {
  const args = readBenchArgs(process.argv.slice(2));
  const n = args.units;
  log(`${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; N = ${n}`);
  quietTemporalLogs();
  const env = await startBenchEnvironment();
  const rawWorker = await startRawWorker(env.temporalAddress);
  try {
    await createBenchHierarchy(env.db, n, args.extraUnits);
    const unitIds = Array.from({ length: n }, (_, i) => communeIdOf(i));
    log('raw: starting workflows');
    const rawStarts = await measureRawStarts(env.temporal, n);
    const childStarts = args.fanOutOnly
      ? null
      : {
          sequentialChildren: await measureChildStarts(env.temporal, n, false),
          concurrentChildren: await measureChildStarts(env.temporal, n, true),
        };
    const rssBeforeCascadeMb = env.serverPeakRssMb();
    log('cascade fan-out');
    const fanOut = await measureCascadeFanOut(env, n);
    const phases = await fanOutPhases(env, fanOut.planId, fanOut.issuedAtEpochMs);
    const fanOutFigure = {
      name: `cascade fan-out (${n} units)`,
      value: format.s(fanOut.ms),
      raw: `${format.s(rawStarts.ms)} (${n} starts)`,
      ratio: fanOut.ms / rawStarts.ms,
      target: '≤ 1.5× raw',
      pass: fanOut.ms / rawStarts.ms <= 1.5,
    };
    log(`fan-out phases (ms after the issue was sent): ${phases}`);
    log(
      `fan-out by Temporal's start records: ${format.s(fanOut.startedMs)} (${(fanOut.startedMs / rawStarts.ms).toFixed(2)}× the raw acknowledgements); seen Running in visibility: cascade ${format.s(fanOut.childrenMs)}, raw starts ${format.s(rawStarts.visibleMs)} (${(fanOut.childrenMs / rawStarts.visibleMs).toFixed(2)}×)`,
    );
    if (args.fanOutOnly) {
      printFigures([fanOutFigure]);
      return 0;
    }
    const { sequentialChildren, concurrentChildren } = childStarts!;
    await waitForReportTasks(env, fanOut.planId, unitIds, 'H1');
    await waitForReportTasks(env, fanOut.planId, unitIds, 'Y');
    const rssAfterCascadeMb = env.serverPeakRssMb();
    const officers = await loginOfficers(env, unitIds);
    const rssAfterLoginsMb = env.serverPeakRssMb();
    await pause(2_000);
    log('raw: Updates');
    const rawUpdates = await measureRawUpdates(env.temporal, n);
    await pause(2_000);
    log('deadline-day burst');
    const burst = await measureBurst(env, officers, fanOut.planId);
    const rssAfterBurstMb = env.serverPeakRssMb();
    await pause(3_000);
    log('idle submissions');
    const idle = await measureIdleSubmissions(officers, fanOut.planId, args.idleSubmissions);
    const rssMb = env.serverPeakRssMb();

    log(
      `fan-out detail: issue answered in ${format.ms(fanOut.issueMs)}, sub-plan tasks in ${format.ms(fanOut.tasksMs)}, children running in ${format.ms(fanOut.childrenMs)}`,
    );
    log(
      `raw child starts from one parent (${n}): one after another ${format.s(sequentialChildren.ms)}, together ${format.s(concurrentChildren.ms)} (${(sequentialChildren.ms / concurrentChildren.ms).toFixed(1)}× faster)`,
    );
    log(
      `burst detail: acknowledged ${burst.acknowledged}/${n} (${burst.resent} sent again after 408), stored ${burst.stored}, lost ${burst.lost}, duplicated ${burst.duplicated}, in ${format.s(burst.ms)}; raw Updates p50 ${format.ms(rawUpdates.p50)} p95 ${format.ms(rawUpdates.p95)}`,
    );
    log(
      `server peak RSS: ${Math.round(rssBeforeCascadeMb)} MB once started (worker bundled), ${Math.round(rssAfterCascadeMb)} MB after the cascade, ${Math.round(rssAfterLoginsMb)} MB after the ${n} logins, ${Math.round(rssAfterBurstMb)} MB after the burst, ${Math.round(rssMb)} MB at the end`,
    );
    for (const failure of burst.failures.slice(0, 5)) log(`burst failure: ${failure}`);
    const burstRatio = burst.perSecond / rawUpdates.perSecond;
    const isComplete = burst.stored === n && burst.lost === 0 && burst.duplicated === 0 && burst.failures.length === 0;
    printFigures([
      fanOutFigure,
      {
        name: `deadline burst (${n} reports)`,
        value: `${format.rate(burst.perSecond)} p50 ${format.ms(burst.p50)} p95 ${format.ms(burst.p95)}`,
        raw: `${format.rate(rawUpdates.perSecond)} (${n} Updates)`,
        ratio: burstRatio,
        target: '≥ 0.7× raw, none lost',
        pass: burstRatio >= 0.7 && isComplete,
      },
      {
        name: `idle submission p50 (${idle.count})`,
        value: `${format.ms(idle.p50)} (p95 ${format.ms(idle.p95)})`,
        target: '< 100 ms',
        pass: idle.p50 < 100,
      },
      {
        name: 'server + in-process worker peak RSS',
        value: `${Math.round(rssMb)} MB`,
        target: '< 500 MB',
        pass: rssMb < 500,
      },
    ]);
    return 0;
  } finally {
    await rawWorker.stop();
    await env.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[bench] failed:', error);
    process.exit(1);
  },
);
