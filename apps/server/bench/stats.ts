/** The value below which `p` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const elapsedSince = (startedAt: number) => performance.now() - startedAt;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `isDone` holds, every `intervalMs`; gives up after `timeoutMs` with what it last saw. */
export async function until(isDone: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 50) {
  const deadline = performance.now() + timeoutMs;
  while (!(await isDone())) {
    if (performance.now() > deadline) throw new Error(`${what}: not done within ${timeoutMs / 1000} s`);
    await pause(intervalMs);
  }
}
