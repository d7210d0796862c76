import type { inferOutput } from '@trpc/tanstack-react-query';
import { trpc } from './trpc';

export type CurrentUser = NonNullable<inferOutput<typeof trpc.auth.me>>;

export const canDraftPlans = (user: CurrentUser) => user.roles.includes('officer') || user.roles.includes('leader');
export const canIssuePlans = (user: CurrentUser) => user.roles.includes('leader');
