import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from '../../trpc';

export type MonitorGrid = inferOutput<typeof trpc.monitor.grid>;
export type OverdueItem = inferOutput<typeof trpc.monitor.overdue>[number];
export type MonitorIndicators = inferOutput<typeof trpc.monitor.indicators>;
