import {
  createNotifications,
  type Database,
  findUnitUsersWithRoles,
  type Kysely,
  listTasksRemindedSince,
  recordAudit,
  type User,
} from '@cascade/db';
import type { CascadeView } from './cascadeView';

const hourMs = 3_600_000;

/** The open obligations of a view that are past their deadline, with who answers for them. */
export async function overdueOf(db: Kysely<Database>, view: CascadeView, column: string | null, now = new Date()) {
  const rows = view.rows.flatMap((row) =>
    Object.entries(view.cells[row.planId] ?? {})
      .filter(([key, cell]) => cell.status === 'overdue' && (column === null || key === column))
      .map(([key, cell]) => ({
        taskId: view.taskIds[`${row.planId}|${key}`]!,
        column: key,
        columnLabel: view.columns.find((c) => c.key === key)?.label ?? key,
        unitId: row.unitId,
        unitName: row.unitName,
        daysOverdue: cell.daysLate ?? 0,
        dueAt: view.taskDates[view.taskIds[`${row.planId}|${key}`]!]?.dueAt ?? null,
      })),
  );
  const reminded = await listTasksRemindedSince(
    db,
    rows.map((r) => r.taskId),
    new Date(now.getTime() - hourMs),
  );
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      remindedWithinHour: reminded.has(r.taskId),
      contacts: (await findUnitUsersWithRoles(db, r.unitId, ['leader', 'officer'])).map((u) => ({
        name: u.display_name,
        email: u.email,
        isLeader: u.roles.includes('leader'),
      })),
    })),
  );
}

/** Đôn đốc: an in-app notice (and its e-mail, through the outbox) to each overdue unit not reminded in the last hour. */
export async function sendReminders(
  db: Kysely<Database>,
  actor: User,
  view: CascadeView,
  taskIds: string[],
  now = new Date(),
) {
  const overdue = (await overdueOf(db, view, null, now)).filter((o) => taskIds.includes(o.taskId));
  const due = overdue.filter((o) => !o.remindedWithinHour);
  const hour = Math.floor(now.getTime() / hourMs);
  for (const o of due) {
    const recipients = await findUnitUsersWithRoles(db, o.unitId, ['leader', 'officer']);
    await createNotifications(
      db,
      recipients.map((u) => ({
        id: `remind:${o.taskId}:${u.id}:${hour}`,
        userId: u.id,
        kind: 'reminder' as const,
        subject: `Đôn đốc: ${o.columnLabel} (${view.plan.title})`,
        body: `${o.unitName} đã quá hạn ${o.daysOverdue} ngày. Đề nghị hoàn thành và gửi ngay.`,
        taskId: o.taskId,
      })),
    );
    await recordAudit(db, {
      actorUserId: actor.id,
      unitId: o.unitId,
      action: 'monitor.remind',
      subjectId: o.taskId,
      data: { planId: view.plan.id, recipients: recipients.length },
      idempotencyKey: `remind:${o.taskId}:${hour}`,
    });
  }
  return { sent: due.length, skipped: overdue.length - due.length, refused: taskIds.length - overdue.length };
}
