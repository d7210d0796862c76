import type { GridCells, GridCellsWire } from '@cascade/domain';
import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from '../../trpc';

/** The grid as the server sends it: its obligations in a compact form (`decodeMonitorGrid`). */
export type MonitorGridWire = inferOutput<typeof trpc.monitor.grid>;
/** The grid as the page reads it. */
export type MonitorGrid = Omit<MonitorGridWire, keyof GridCellsWire> & GridCells;
export type OverdueItem = inferOutput<typeof trpc.monitor.overdue>[number];
export type MonitorIndicators = inferOutput<typeof trpc.monitor.indicators>;
