export type TaskStatus = 'pending' | 'overdue' | 'onTime' | 'late';

export const taskStatusLabels: Record<TaskStatus, string> = {
  pending: 'Đang thực hiện trong hạn',
  overdue: 'Quá hạn chưa hoàn thành',
  onTime: 'Hoàn thành đúng hạn',
  late: 'Hoàn thành quá hạn',
};

export interface StatusSummary {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  /** submitted ÷ expected (DHIS2 reporting rate), 0 when nothing is expected. */
  completeness: number;
  /** onTime ÷ expected (DHIS2 on-time rate), 0 when nothing is expected. */
  timeliness: number;
}

export function taskStatus(task: { dueAt: Date; completedAt: Date | null }, now: Date): TaskStatus {
  const due = task.dueAt.getTime();
  if (task.completedAt) return task.completedAt.getTime() <= due ? 'onTime' : 'late';
  return now.getTime() <= due ? 'pending' : 'overdue';
}

export type StatusCounts = Record<TaskStatus, number>;

export const noStatuses = (): StatusCounts => ({ pending: 0, overdue: 0, onTime: 0, late: 0 });

/** Completeness and timeliness from counts of the four categories (counted in SQL or in a walk of the tree). */
export function summarizeCounts(counts: StatusCounts): StatusSummary {
  const expected = counts.pending + counts.overdue + counts.onTime + counts.late;
  const submitted = counts.onTime + counts.late;
  return {
    expected,
    submitted,
    onTime: counts.onTime,
    late: counts.late,
    overdue: counts.overdue,
    pending: counts.pending,
    completeness: expected === 0 ? 0 : submitted / expected,
    timeliness: expected === 0 ? 0 : counts.onTime / expected,
  };
}

export function summarizeStatuses(statuses: TaskStatus[]): StatusSummary {
  const counts = noStatuses();
  for (const status of statuses) counts[status] += 1;
  return summarizeCounts(counts);
}
