import { type TaskStatus, taskStatusLabels } from '@cascade/domain';

export function StatusBadge({ status }: { status: TaskStatus }) {
  return <span className={`badge badge-${status}`}>{taskStatusLabels[status]}</span>;
}
