import { markGridPreloaded } from './gridPreload';
import { MonitorPlanPage } from './lazyPages';
import type { MonitorGridWire } from './pages/monitor/monitorTypes';
import { parseRoute } from './routes';
import { queryClient, trpc, trpcClient } from './trpc';

/** The grid `earlyGrid.ts` asked for before the app started, if it is the opened plan's and came back whole. */
async function earlyGridOf(planId: string): Promise<MonitorGridWire | undefined> {
  const early = window.cascadeEarlyGrid;
  window.cascadeEarlyGrid = undefined;
  if (early?.planId !== planId) return undefined;
  const answer = (await early.response) as { result?: { data?: MonitorGridWire } } | undefined;
  return answer?.result?.data;
}

/**
 * Starts what the opened address needs while the app itself is still starting: who is signed in, and for a plan's
 * monitor its code and grid, side by side instead of one after the other. Uses the pages' own query keys.
 */
export function preloadRoute(hash: string): void {
  void queryClient.prefetchQuery(trpc.auth.me.queryOptions());
  const route = parseRoute(hash);
  if (route.page !== 'monitorPlan') return;
  void MonitorPlanPage.preload();
  const { planId } = route;
  const early = earlyGridOf(planId);
  markGridPreloaded(planId);
  void queryClient.prefetchQuery({
    queryKey: trpc.monitor.grid.queryKey({ planId }),
    // Anything but a good answer (signed out, an error) is asked again the app's usual way, with its errors.
    queryFn: async ({ signal }) => (await early) ?? trpcClient.monitor.grid.query({ planId }, { signal }),
  });
}
