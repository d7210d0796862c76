import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { isUnread } from '../notifications';
import { queryClient, trpc } from '../trpc';
import { NotificationItem } from './NotificationItem';

export function NotificationsPage() {
  const inbox = useQuery(trpc.notifications.inbox.queryOptions());
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.inbox.queryKey() }),
    }),
  );
  // Shown means read; what was unread on arrival stays highlighted for this visit.
  const [arrivedUnread, setArrivedUnread] = useState<ReadonlySet<string>>(new Set());
  const { mutate: markAsRead } = markRead;

  useEffect(() => {
    const ids = inbox.data?.filter((n) => isUnread(n) && !arrivedUnread.has(n.id)).map((n) => n.id) ?? [];
    if (ids.length === 0) return;
    setArrivedUnread((seen) => new Set([...seen, ...ids]));
    markAsRead({ ids });
  }, [inbox.data, arrivedUnread, markAsRead]);

  return (
    <section>
      <h1>Thông báo</h1>
      <ErrorNotice error={inbox.error ?? markRead.error} />
      {inbox.isPending && <p className="loading">Đang tải…</p>}
      {inbox.data?.length === 0 && <p className="empty">Chưa có thông báo nào.</p>}
      {inbox.data && inbox.data.length > 0 && (
        <ul className="notifications">
          {inbox.data.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              isNew={arrivedUnread.has(notification.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
