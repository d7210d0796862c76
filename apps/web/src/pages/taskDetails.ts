import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from '../trpc';

/** What tasks.get answers: the task, its plan, the plan it implements and, for a report, its round. */
export type TaskDetails = inferOutput<typeof trpc.tasks.get>;
