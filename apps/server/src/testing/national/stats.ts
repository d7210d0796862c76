/** Runs `task(i)` for i < count with at most `inFlight` running at once (a crowd of users, not an unbounded flood). */
export async function inBatches<T>(count: number, inFlight: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, lane));
  return results;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
