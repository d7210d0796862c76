import { useQuery } from '@tanstack/react-query';
import { Badge } from 'antd';
import { notificationsPollMs } from '../notifications';
import '../notifications.css';
import { hrefTo } from '../routes';
import { trpc } from '../trpc';

/** The header's link to the notifications, with the count of those not yet read. */
export function NotificationBell() {
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: notificationsPollMs });
  const count = unread.data ?? 0;
  return (
    <a
      href={hrefTo.notifications()}
      className="notification-bell"
      aria-label={count ? `Thông báo, ${count} chưa đọc` : 'Thông báo'}
    >
      <Badge count={count} size="small" offset={[8, -2]} overflowCount={99}>
        <span className="notification-bell-label">Thông báo</span>
      </Badge>
    </a>
  );
}
