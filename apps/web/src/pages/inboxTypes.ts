import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from '../trpc';

export type TaskInbox = inferOutput<typeof trpc.tasks.workQueue>;
export type InboxGroup = TaskInbox['waitingForMe'][number];
export type InboxTask = InboxGroup['tasks'][number];
