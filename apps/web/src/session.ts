import { hashKey } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { queryClient, trpc } from './trpc';

export type CurrentUser = NonNullable<inferOutput<typeof trpc.auth.me>>;

export const canDraftPlans = (user: CurrentUser) => user.roles.includes('officer') || user.roles.includes('leader');
export const isAdministrator = (user: CurrentUser) => user.roles.includes('admin');
/** Báo cáo đột xuất: a supervisor watching the plan, or the leader of the unit that issued it. */
export const canRequestAdhocReport = (user: CurrentUser, issuerUnitId: string) =>
  user.roles.includes('supervisor') || (user.roles.includes('leader') && user.unitId === issuerUnitId);

/** After login or logout: nothing cached for the previous user may show. The `me` query stays, as the app watches it. */
export function switchUser(user: CurrentUser | null): void {
  const meKey = trpc.auth.me.queryKey();
  queryClient.setQueryData(meKey, user);
  const meHash = hashKey(meKey);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
}
