import { waitForReportTasks } from './cascadeRun';
import type { BenchEnvironment } from './environment';
import { describeCpuSpent } from './processCpu';
import { measureRawUpdates } from './rawLimits';
import { type Figure, format } from './report';
import { pause } from './stats';
import { loginOfficers, measureBurst } from './submissions';

/**
 * Once the cascade's report tasks are open: the officers log in, then N raw Updates and the burst of N reports, a
 * pause before each so neither feels the other.
 */
export async function runBurst(env: BenchEnvironment, planId: string, unitIds: string[], log: (line: string) => void) {
  await waitForReportTasks(env, planId, unitIds, 'H1');
  await waitForReportTasks(env, planId, unitIds, 'Y');
  const rssAfterCascadeMb = env.serverPeakRssMb();
  const officers = await loginOfficers(env, unitIds);
  const rssAfterLoginsMb = env.serverPeakRssMb();
  await pause(2_000);
  log('raw: Updates');
  const rawUpdates = await measureRawUpdates(env.temporal, unitIds.length, env.cpuSeconds);
  await pause(2_000);
  log('deadline-day burst');
  const beforeBurst = env.cpuSeconds();
  const burst = await measureBurst(env, officers, planId);
  const afterBurst = env.cpuSeconds();
  log(`raw Updates: ${describeCpuSpent(rawUpdates.cpu.before, rawUpdates.cpu.after)}`);
  log(`burst: ${describeCpuSpent(beforeBurst, afterBurst)}`);
  const rssAfterBurstMb = env.serverPeakRssMb();
  log(
    `burst detail: acknowledged ${burst.acknowledged}/${unitIds.length} (${burst.resent} sent again after 408), stored ${burst.stored}, lost ${burst.lost}, duplicated ${burst.duplicated}, in ${format.s(burst.ms)}; raw Updates p50 ${format.ms(rawUpdates.p50)} p95 ${format.ms(rawUpdates.p95)}`,
  );
  for (const failure of burst.failures.slice(0, 5)) log(`burst failure: ${failure}`);
  return { officers, rawUpdates, burst, rssAfterCascadeMb, rssAfterLoginsMb, rssAfterBurstMb };
}

/** The burst beside the raw Updates of the same run: PASS at ≥ 0.7× with every report stored once. */
export function burstFigure({ rawUpdates, burst, officers }: Awaited<ReturnType<typeof runBurst>>): Figure {
  const n = officers.size;
  const ratio = burst.perSecond / rawUpdates.perSecond;
  const isComplete = burst.stored === n && burst.lost === 0 && burst.duplicated === 0 && burst.failures.length === 0;
  return {
    name: `deadline burst (${n} reports)`,
    value: `${format.rate(burst.perSecond)} p50 ${format.ms(burst.p50)} p95 ${format.ms(burst.p95)}`,
    raw: `${format.rate(rawUpdates.perSecond)} (${n} Updates)`,
    ratio,
    target: '≥ 0.7× raw, none lost',
    pass: ratio >= 0.7 && isComplete,
  };
}
