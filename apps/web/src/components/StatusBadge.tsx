import { type TaskStatus, taskStatusLabels } from '@cascade/domain';

/** A returned submission is owed again, whatever the timeliness of its first sending says. */
export function StatusBadge({ status, isReturned = false }: { status: TaskStatus; isReturned?: boolean }) {
  if (isReturned) return <span className="badge badge-returned">Bị trả lại</span>;
  return <span className={`badge badge-${status}`}>{taskStatusLabels[status]}</span>;
}
