import { Button } from 'antd';
import { formatVnDay } from '../dates';
import { isUnread, type Notification, notificationKindLabels } from '../notifications';
import { hrefTo } from '../routes';

/** One notification: opening its task marks it read; so does its own button. */
export function NotificationItem({
  notification,
  onRead,
}: {
  notification: Notification;
  onRead: (id: string) => void;
}) {
  const { id, kind, subject, body, task_id: taskId, created_at: createdAt } = notification;
  const unread = isUnread(notification);
  return (
    <li className={unread ? 'notification notification-unread' : 'notification'} aria-label={subject}>
      <div className="notification-head">
        <span className={`badge badge-notice-${kind}`}>{notificationKindLabels[kind]}</span>
        <strong className="notification-subject">
          {taskId ? (
            <a href={hrefTo.task(taskId)} onClick={() => unread && onRead(id)}>
              {subject}
            </a>
          ) : (
            subject
          )}
        </strong>
        {unread && <span className="new-mark">Chưa đọc</span>}
        <span className="muted nowrap">{formatVnDay(createdAt)}</span>
        {unread && (
          <Button size="small" onClick={() => onRead(id)}>
            Đánh dấu đã đọc
          </Button>
        )}
      </div>
      {body && <p className="prose">{body}</p>}
    </li>
  );
}
