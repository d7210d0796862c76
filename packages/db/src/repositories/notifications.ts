import type { Kysely } from 'kysely';
import type { Database, Notification, NotificationEmail } from '../schema';

export interface NewNotification {
  /** Stable per event and recipient, so a retried activity writes it once. */
  id: string;
  userId: string;
  kind: Notification['kind'];
  subject: string;
  body: string;
  taskId: string | null;
}

export async function createNotifications(
  db: Kysely<Database>,
  notifications: NewNotification[],
): Promise<NewNotification[]> {
  if (notifications.length === 0) return [];
  const inserted = await db
    .insertInto('notifications')
    .values(
      notifications.map((n) => ({
        id: n.id,
        user_id: n.userId,
        kind: n.kind,
        subject: n.subject,
        body: n.body,
        task_id: n.taskId,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  const ids = new Set(inserted.map((r) => r.id));
  return notifications.filter((n) => ids.has(n.id));
}

export function listNotifications(db: Kysely<Database>, userId: string, limit = 100) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function markNotificationsRead(
  db: Kysely<Database>,
  userId: string,
  ids: string[],
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('id', 'in', ids)
    .where('read_at', 'is', null)
    .execute();
}

export async function markAllNotificationsRead(db: Kysely<Database>, userId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countUnreadNotifications(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function setNotificationEmail(db: Kysely<Database>, userId: string, choice: NotificationEmail) {
  await db.updateTable('users').set({ notification_email: choice }).where('id', '=', userId).execute();
}
