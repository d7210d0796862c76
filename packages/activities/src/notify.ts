import {
  createNotifications,
  type Database,
  findSupervisorsOf,
  findUnitUsersWithRoles,
  type Kysely,
  type NewNotification,
} from '@cascade/db';

type Recipient = { id: string; username: string; email: string | null };

/**
 * Writes each notification once to the in-app inbox; its e-mail goes out later from the mail outbox
 * (`startMailOutbox`), so a mail server that refuses or is away never holds up the step that notifies.
 */
export async function notifyUsers(
  db: Kysely<Database>,
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
