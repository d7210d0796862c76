import { useQuery } from '@tanstack/react-query';
import { isUnread, notificationsPollMs } from '../notifications';
import { hrefTo } from '../routes';
import { trpc } from '../trpc';

export function NotificationsLink() {
  const inbox = useQuery({ ...trpc.notifications.inbox.queryOptions(), refetchInterval: notificationsPollMs });
  const unread = inbox.data?.filter(isUnread).length ?? 0;
  return (
    <a href={hrefTo.notifications()} aria-label={unread ? `Thông báo, ${unread} chưa đọc` : 'Thông báo'}>
      Thông báo
      {unread > 0 && <span className="nav-count">{unread}</span>}
    </a>
  );
}
