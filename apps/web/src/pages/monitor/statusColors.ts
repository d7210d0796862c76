import type { TaskStatus } from '@cascade/domain';

/** The four categories' colours, the same on every monitor page and chart. */
export const statusColors: Record<TaskStatus, string> = {
  pending: '#1d4e89',
  overdue: '#b42318',
  onTime: '#2e7d32',
  late: '#b26a00',
};

export const statusOrder: readonly TaskStatus[] = ['pending', 'overdue', 'onTime', 'late'];
