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

/**
 * Times two runs in turns (a, b, a, b, …) after a few of each to warm caches: a change in the machine's load (other
 * processes come and go) falls on both alike, so their ratio holds. p50 and p95 in ms of each.
 */
export async function measurePair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  times = 200,
  warmUp = 5,
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmUp; i += 1) {
    await a();
    await b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < times; i += 1) {
    for (const [k, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      samples[k]!.push(performance.now() - start);
    }
  }
  return [percentileOf(samples[0]), percentileOf(samples[1])];
}
