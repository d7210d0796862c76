import { type TaskStatus, taskStatusLabels } from '@cascade/domain';

/** A returned submission is owed again, whatever the timeliness of its first sending says; an unfinished task of a closed plan year is owed no more. */
export function StatusBadge({
  status,
  isReturned = false,
  isClosed = false,
  isNotYetOpen = false,
}: {
  status: TaskStatus;
  isReturned?: boolean;
  isClosed?: boolean;
  /** A report whose period has not started: it cannot be sent yet. */
  isNotYetOpen?: boolean;
}) {
  if (isClosed) return <span className="badge badge-closed">Đã kết thúc</span>;
  if (isNotYetOpen) return <span className="badge badge-pending">Chưa đến hạn</span>;
  if (isReturned) return <span className="badge badge-returned">Bị trả lại</span>;
  return <span className={`badge badge-${status}`}>{taskStatusLabels[status]}</span>;
}
