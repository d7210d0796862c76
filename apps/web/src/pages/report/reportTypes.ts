import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from '../../trpc';
import type { TaskDetails } from '../taskDetails';

export type ReportDetails = NonNullable<TaskDetails['report']>;
export type ReportIndicator = ReportDetails['indicators'][number];
export type ReportRound = ReportDetails['round'];
export type Consolidation = inferOutput<typeof trpc.reports.consolidation>;
export type ConsolidatedReport = Consolidation['reports'][number];
