import {
  createNotifications,
  type Database,
  findSupervisorsOf,
  findUnitUsersWithRoles,
  type Kysely,
  type NewNotification,
} from '@cascade/db';

type Recipient = { id: string; username: string; email: string | null };

type NotificationEvent = {
  key: string;
  kind: NewNotification['kind'];
  subject: string;
  body: string;
  taskId: string | null;
};

/** One notification of the event per recipient, keyed by the event so that writing it again adds nothing. */
export function notificationsOf(recipients: Recipient[], event: NotificationEvent): NewNotification[] {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  return unique.map((r) => ({
    id: `${event.key}:${r.id}`,
    userId: r.id,
    kind: event.kind,
    subject: event.subject,
    body: event.body,
    taskId: event.taskId,
  }));
}

/**
 * Writes each notification once to the in-app inbox; its e-mail goes out later from the mail outbox
 * (`startMailOutbox`), so a mail server that refuses or is away never holds up the step that notifies.
 */
export async function notifyUsers(
  db: Kysely<Database>,
  recipients: Recipient[],
  event: NotificationEvent,
): Promise<void> {
  await createNotifications(db, notificationsOf(recipients, event));
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
