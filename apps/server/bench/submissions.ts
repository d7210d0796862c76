import { randomUUID } from 'node:crypto';
import { reportTaskId } from '@cascade/db';
import { TRPCClientError } from '@trpc/client';
import { loginAs } from '../src/testing/apiClient';
import type { BenchEnvironment } from './environment';
import { elapsedSince, pause, percentile } from './stats';

type Officer = Awaited<ReturnType<typeof loginAs>>;

/** Each unit's officer logged in through the login procedure (a few at a time, as people arrive in the morning). */
export async function loginOfficers(env: BenchEnvironment, unitIds: string[]) {
  const officers = new Map<string, Officer>();
  for (let i = 0; i < unitIds.length; i += 8) {
    const batch = unitIds.slice(i, i + 8);
    const clients = await Promise.all(batch.map((u) => loginAs(env.url, `${u}.chuyenvien`)));
    batch.forEach((u, j) => officers.set(u, clients[j]!));
  }
  return officers;
}

const isStillProcessing = (error: unknown) =>
  error instanceof TRPCClientError && (error.data as { httpStatus?: number } | undefined)?.httpStatus === 408;

/** One report sent as the web app sends it: on "chưa có kết quả" (408) again with the same key, until answered. */
async function submit(officer: Officer, planId: string, unitId: string, roundKey: string) {
  const sentAt = performance.now();
  const input = {
    taskId: reportTaskId(`${planId}.${unitId}`, roundKey),
    idempotencyKey: `bench:${randomUUID()}`,
    values: { skilledModels: 1, citizenReceptions: 12, dialogues: 3, petitionsResolvedRate: 95 },
    narrative: `Báo cáo ${roundKey} của ${unitId}.`,
  };
  for (let resent = 0; ; resent++) {
    try {
      await officer.reports.submit.mutate(input);
      return { ms: elapsedSince(sentAt), resent };
    } catch (error) {
      if (!isStillProcessing(error) || resent >= 10) throw error;
      await pause(500);
    }
  }
}

/** The deadline-day burst: every unit's officer presses "Gửi báo cáo" at the same moment. */
export async function measureBurst(env: BenchEnvironment, officers: Map<string, Officer>, planId: string) {
  const startedAt = performance.now();
  const outcomes = await Promise.allSettled(
    [...officers].map(([unitId, officer]) => submit(officer, planId, unitId, 'H1')),
  );
  const ms = elapsedSince(startedAt);
  const answers = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const latencies = answers.map((a) => a.ms);
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
  const stored = await storedSubmissions(env, planId, [...officers.keys()], 'H1');
  return {
    ms,
    perSecond: (latencies.length * 1000) / ms,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    acknowledged: latencies.length,
    resent: answers.filter((a) => a.resent > 0).length,
    failures,
    ...stored,
  };
}

/** What the database holds for the round: tasks with one submission, tasks with none, tasks with more than one. */
async function storedSubmissions(env: BenchEnvironment, planId: string, unitIds: string[], roundKey: string) {
  const ids = unitIds.map((u) => reportTaskId(`${planId}.${u}`, roundKey));
  const rows = await env.db.selectFrom('report_submissions').select('task_id').where('task_id', 'in', ids).execute();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.task_id, (counts.get(r.task_id) ?? 0) + 1);
  return {
    stored: counts.size,
    lost: ids.filter((id) => !counts.has(id)).length,
    duplicated: [...counts.values()].filter((n) => n > 1).length,
  };
}

/** Submissions one at a time on a quiet system (the year-end round of the first units): each one's latency. */
export async function measureIdleSubmissions(officers: Map<string, Officer>, planId: string, count: number) {
  const latencies: number[] = [];
  for (const [unitId, officer] of [...officers].slice(0, count)) {
    latencies.push((await submit(officer, planId, unitId, 'Y')).ms);
    await pause(200);
  }
  return { count: latencies.length, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}
