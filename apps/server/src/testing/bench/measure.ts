/** Nearest-rank percentile of sorted milliseconds. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export interface Timing {
  p50: number;
  p95: number;
}

/** p50 and p95 of samples in ms. */
export function percentileOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** Runs `run` a few times to warm caches, then `times` times, one after another; p50 and p95 in ms. */
export async function measure(run: () => Promise<unknown>, times = 60, warmUp = 5): Promise<Timing> {
  for (let i = 0; i < warmUp; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return percentileOf(samples);
}
