import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { gridFetchOptions, markGridPreloaded, takePreloadedGrid } from './gridPreload';

/** The monitor page showing plan `planId`'s grid: how many times it asked the server, its data in the cache `ageMs` old. */
async function fetchesOnShowing(client: QueryClient, planId: string, ageMs: number): Promise<number> {
  let fetches = 0;
  const queryKey = ['monitor.grid', planId];
  client.setQueryData(queryKey, { rows: [] }, { updatedAt: Date.now() - ageMs });
  const observer = new QueryObserver(client, {
    queryKey,
    queryFn: () => {
      fetches += 1;
      return { rows: [] };
    },
    ...gridFetchOptions(takePreloadedGrid(planId)),
  });
  const stop = observer.subscribe(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 10));
  stop();
  return fetches;
}

describe('the grid preloaded for the opened address', () => {
  it('is shown as it is when the page mounts seconds after it arrived, and asked again on a later showing', async () => {
    const client = new QueryClient();
    markGridPreloaded('p1');
    expect(await fetchesOnShowing(client, 'p1', 5_000)).toBe(0);
    expect(await fetchesOnShowing(client, 'p1', 5_000)).toBe(1);
  });

  it('is no reason to take another plan’s old grid as it is', async () => {
    const client = new QueryClient();
    markGridPreloaded('p1');
    expect(await fetchesOnShowing(client, 'p2', 5_000)).toBe(1);
    // Another page showed first: the preload's turn is over.
    expect(await fetchesOnShowing(client, 'p1', 5_000)).toBe(1);
  });

  it('still lets a grid under a second old serve without a fetch', async () => {
    expect(await fetchesOnShowing(new QueryClient(), 'p3', 100)).toBe(0);
  });
});
