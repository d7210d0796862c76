import { type TaskStatus, taskStatus } from '@cascade/domain';

/** A plan with no deadline (the top plan) is in progress until issued and on time once issued. */
export function statusAt(task: { dueAt: Date | null; completedAt: Date | null }, now: Date): TaskStatus {
  if (task.dueAt) return taskStatus({ dueAt: task.dueAt, completedAt: task.completedAt }, now);
  return task.completedAt ? 'onTime' : 'pending';
}
