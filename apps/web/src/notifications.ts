import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from './trpc';

export type Notification = inferOutput<typeof trpc.notifications.inbox>[number];

export const notificationKindLabels: Record<Notification['kind'], string> = {
  assigned: 'Việc mới',
  approval: 'Chờ duyệt',
  readyToIssue: 'Chờ ban hành',
  received: 'Đã nhận báo cáo',
  reminder: 'Nhắc việc',
  overdue: 'Quá hạn',
  returned: 'Bị trả lại',
  security: 'Bảo mật',
};

/** Reminders and escalations arrive from the workflows at any time; the header count looks again now and then. */
export const notificationsPollMs = 60_000;

export const isUnread = (notification: Notification) => notification.read_at === null;
