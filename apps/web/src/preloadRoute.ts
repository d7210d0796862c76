import { MonitorPlanPage } from './lazyPages';
import { parseRoute } from './routes';
import { queryClient, trpc } from './trpc';

/**
 * Starts what the opened address needs while the app itself is still starting: who is signed in, and for a plan's
 * monitor its code and grid, side by side instead of one after the other. Uses the pages' own query keys.
 */
export function preloadRoute(hash: string): void {
  void queryClient.prefetchQuery(trpc.auth.me.queryOptions());
  const route = parseRoute(hash);
  if (route.page !== 'monitorPlan') return;
  void MonitorPlanPage.preload();
  void queryClient.prefetchQuery(trpc.monitor.grid.queryOptions({ planId: route.planId }));
}
