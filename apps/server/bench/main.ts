// `npm run bench`: Cascade's figures beside Temporal's raw limits, measured in one run on this machine.
import { cpus, totalmem } from 'node:os';
import { readBenchArgs } from './args';
import { burstFigure, runBurst } from './burstRun';
import { measureCascadeFanOut } from './cascadeRun';
import { startBenchEnvironment } from './environment';
import { fanOutPhases } from './fanOutPhases';
import { communeIdOf, createBenchHierarchy } from './fixture';
import { measureChildStarts, measureRawStarts, startRawWorker } from './rawLimits';
import { format, printFigures } from './report';
import { quietTemporalLogs } from '@cascade/test-support';
import { pause } from './stats';
import { measureIdleSubmissions } from './submissions';

const log = (line: string) => console.log(`[bench] ${line}`);

async function main() {
  const args = readBenchArgs(process.argv.slice(2));
  const n = args.units;
  log(`${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; N = ${n}`);
  quietTemporalLogs();
  const env = await startBenchEnvironment(args.cpuProfileDir);
  const rawWorker = await startRawWorker(env.temporalAddress);
  try {
    await createBenchHierarchy(env.db, n, args.extraUnits);
    const unitIds = Array.from({ length: n }, (_, i) => communeIdOf(i));
    if (args.burstOnly) {
      log("cascade (not measured: its report tasks are the burst's)");
      const { planId } = await measureCascadeFanOut(env, n);
      const run = await runBurst(env, planId, unitIds, log);
      log(`server peak RSS: ${Math.round(run.rssAfterBurstMb)} MB after the burst`);
      printFigures([burstFigure(run)]);
      return 0;
    }
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
    const run = await runBurst(env, fanOut.planId, unitIds, log);
    const { officers, rssAfterCascadeMb, rssAfterLoginsMb, rssAfterBurstMb } = run;
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
      `server peak RSS: ${Math.round(rssBeforeCascadeMb)} MB once started (worker bundled), ${Math.round(rssAfterCascadeMb)} MB after the cascade, ${Math.round(rssAfterLoginsMb)} MB after the ${n} logins, ${Math.round(rssAfterBurstMb)} MB after the burst, ${Math.round(rssMb)} MB at the end`,
    );
    printFigures([
      fanOutFigure,
      burstFigure(run),
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
