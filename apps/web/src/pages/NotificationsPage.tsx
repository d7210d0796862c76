import { useMutation, useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { ErrorNotice } from '../components/ErrorNotice';
import { isUnread } from '../notifications';
import '../notifications.css';
import { queryClient, trpc } from '../trpc';
import { EmailChoice } from './EmailChoice';
import { NotificationItem } from './NotificationItem';

const refresh = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.notifications.inbox.queryKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() }),
  ]);

export function NotificationsPage() {
  const inbox = useQuery(trpc.notifications.inbox.queryOptions());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  const markAllRead = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));
  const unread = inbox.data?.filter(isUnread).length ?? 0;

  return (
    <section>
      <h1>Thông báo</h1>
      <div className="notification-actions">
        <span className="muted">{unread ? `${unread} thông báo chưa đọc` : 'Đã đọc hết thông báo'}</span>
        <Button onClick={() => markAllRead.mutate()} disabled={unread === 0} loading={markAllRead.isPending}>
          Đánh dấu tất cả đã đọc
        </Button>
      </div>
      <ErrorNotice error={inbox.error ?? markRead.error ?? markAllRead.error} />
      {inbox.isPending && <p className="loading">Đang tải…</p>}
      {inbox.data?.length === 0 && <p className="empty">Chưa có thông báo nào.</p>}
      {inbox.data && inbox.data.length > 0 && (
        <ul className="notifications">
          {inbox.data.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onRead={(id) => markRead.mutate({ ids: [id] })}
            />
          ))}
        </ul>
      )}
      <EmailChoice />
    </section>
  );
}
