import {
  createNotifications,
  type Database,
  findSupervisorsOf,
  findUnitUsersWithRoles,
  type Kysely,
  listUnmailedNotifications,
  markNotificationMailed,
  type NewNotification,
} from '@cascade/db';
import type { Mailer } from './notifier';

type Recipient = { id: string; username: string; email: string | null };

/**
 * Writes each notification once to the in-app inbox, then mails what has not been mailed yet: a worker that dies
 * after writing and before mailing leaves the mail to the activity's retry (at least once, never lost).
 */
export async function notifyUsers(
  db: Kysely<Database>,
  mailer: Mailer,
  recipients: Recipient[],
  event: { key: string; kind: NewNotification['kind']; subject: string; body: string; taskId: string | null },
): Promise<void> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  const notifications = unique.map((r) => ({
    id: `${event.key}:${r.id}`,
    userId: r.id,
    kind: event.kind,
    subject: event.subject,
    body: event.body,
    taskId: event.taskId,
  }));
  await createNotifications(db, notifications);
  const emails = new Map(unique.map((r) => [r.id, r.email]));
  for (const n of await listUnmailedNotifications(
    db,
    notifications.map((n) => n.id),
  )) {
    const to = emails.get(n.user_id);
    if (!to) continue;
    await mailer.send({ to, subject: n.subject, body: n.body });
    await markNotificationMailed(db, n.id, new Date());
  }
}

export async function unitStaff(db: Kysely<Database>, unitId: string) {
  return findUnitUsersWithRoles(db, unitId, ['leader', 'officer']);
}

export async function leadersAndSupervisors(db: Kysely<Database>, unitId: string) {
  const [leaders, supervisors] = await Promise.all([
    findUnitUsersWithRoles(db, unitId, ['leader']),
    findSupervisorsOf(db, unitId),
  ]);
  return [...leaders, ...supervisors];
}
