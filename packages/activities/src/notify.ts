import { createNotifications, type Database, findSupervisorsOf, findUnitUsersWithRoles, type Kysely, type NewNotification } from '@cascade/db';
import type { Mailer } from './notifier';

type Recipient = { id: string; username: string; email: string | null };

/** Writes each notification once to the in-app inbox and mails only what was new (activities are retried). */
export async function notifyUsers(
  db: Kysely<Database>,
  mailer: Mailer,
  recipients: Recipient[],
  event: { key: string; kind: NewNotification['kind']; subject: string; body: string; taskId: string | null },
): Promise<void> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  const created = await createNotifications(
    db,
    unique.map((r) => ({ id: `${event.key}:${r.id}`, userId: r.id, kind: event.kind, subject: event.subject, body: event.body, taskId: event.taskId })),
  );
  const emails = new Map(unique.map((r) => [r.id, r.email]));
  for (const n of created) {
    const to = emails.get(n.userId);
    if (to) await mailer.send({ to, subject: n.subject, body: n.body });
  }
}

export async function unitStaff(db: Kysely<Database>, unitId: string) {
  return findUnitUsersWithRoles(db, unitId, ['leader', 'officer']);
}

export async function leadersAndSupervisors(db: Kysely<Database>, unitId: string) {
  const [leaders, supervisors] = await Promise.all([findUnitUsersWithRoles(db, unitId, ['leader']), findSupervisorsOf(db, unitId)]);
  return [...leaders, ...supervisors];
}
