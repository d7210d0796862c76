import { formatVnDay } from '../dates';
import { type Notification, notificationKindLabels } from '../notifications';
import { hrefTo } from '../routes';

export function NotificationItem({ notification, isNew }: { notification: Notification; isNew: boolean }) {
  const { kind, subject, body, task_id: taskId, created_at: createdAt } = notification;
  return (
    <li className={isNew ? 'notification notification-new' : 'notification'}>
      <div className="notification-head">
        <span className={`badge badge-notice-${kind}`}>{notificationKindLabels[kind]}</span>
        <strong className="notification-subject">
          {taskId ? <a href={hrefTo.task(taskId)}>{subject}</a> : subject}
        </strong>
        {isNew && <span className="new-mark">Mới</span>}
        <span className="muted nowrap">{formatVnDay(createdAt)}</span>
      </div>
      {body && <p className="prose">{body}</p>}
    </li>
  );
}
