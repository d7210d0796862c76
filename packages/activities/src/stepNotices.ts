import {
  createNotifications,
  type Database,
  findUsersOfUnitsWithRoles,
  findTemplate,
  findUnit,
  findUnitUsersWithRoles,
  type Kysely,
  type Plan,
  type ReportReceivedFacts,
  planTaskId,
  reportTaskId,
  type Role,
} from '@cascade/db';
import { type ApprovalStep, formatVnDate, vnDateOf } from '@cascade/domain';
import { notificationsOf, notifyUsers } from './notify';

/**
 * The notices that tell the people who act next that it is their turn. Each key names the event, so a retried
 * activity (or a second write of the same event) reaches each person once.
 */

async function unitName(db: Kysely<Database>, unitId: string) {
  return (await findUnit(db, unitId))?.name ?? unitId;
}

/** Issued by the parent: each subordinate unit's officers and leaders have a sub-plan to draft and issue. */
export async function announceSubPlans(
  db: Kysely<Database>,
  parent: Plan,
  subPlans: { planId: string; unitId: string }[],
  dueOn: string,
) {
  const issuer = await unitName(db, parent.issuer_unit_id);
  const cited = parent.issue ? `${parent.issue.documentNumber} ngày ${formatVnDate(parent.issue.issuedOn)}` : '';
  const staff = await findUsersOfUnitsWithRoles(
    db,
    subPlans.map((sub) => sub.unitId),
    ['officer', 'leader'],
  );
  // One insert for the whole cascade: a province names ~120 units, one round trip each took a second.
  const notifications = subPlans.flatMap((sub) => {
    const taskId = planTaskId(sub.planId);
    return notificationsOf(
      staff.filter((u) => u.unit_id === sub.unitId),
      {
        key: `assigned:${taskId}`,
        kind: 'assigned',
        taskId,
        subject: `Kế hoạch cấp trên đã ban hành, cần xây dựng kế hoạch triển khai: ${parent.title}`,
        body: `${issuer} đã ban hành kế hoạch ${cited}. Hạn ban hành kế hoạch của đơn vị: ${formatVnDate(dueOn)}.`,
      },
    );
  });
  await createNotifications(db, notifications);
}

/** A report task is announced once its round opens (its period has begun); earlier, the reminders announce it. */
export async function announceOpenRounds(
  db: Kysely<Database>,
  plan: Plan,
  makers: { id: string; username: string; email: string | null }[],
  rounds: { key: string; label: string; dueOn: string }[],
  now: Date,
) {
  const today = vnDateOf(now);
  for (const round of rounds) {
    const scheduled = plan.schedule.rounds.find((r) => r.key === round.key);
    if (scheduled && scheduled.cutoff.from > today) continue;
    const taskId = reportTaskId(plan.id, round.key);
    await notifyUsers(db, makers, {
      key: `assigned:${taskId}`,
      kind: 'assigned',
      taskId,
      subject: `Việc mới: ${round.label} (${plan.title})`,
      body: `Hạn nộp: ${formatVnDate(round.dueOn)}.`,
    });
  }
}

async function approvalStepsOf(db: Kysely<Database>, plan: Plan): Promise<ApprovalStep[]> {
  return (await findTemplate(db, plan.template_id))?.definition.approvalSteps ?? [];
}

/** The draft version `version` waits for the step after `approvedStepKey` (the first when null), or for issuing. */
export async function announceDraftWaiting(
  db: Kysely<Database>,
  plan: Plan,
  version: number,
  approvedStepKey: string | null,
) {
  const steps = await approvalStepsOf(db, plan);
  const next = approvedStepKey === null ? steps[0] : steps[steps.findIndex((s) => s.key === approvedStepKey) + 1];
  const taskId = planTaskId(plan.id);
  if (next) {
    await notifyUsers(db, await findUnitUsersWithRoles(db, plan.issuer_unit_id, [next.role as Role]), {
      key: `approval:${taskId}:${version}:${next.key}`,
      kind: 'approval',
      taskId,
      subject: `Dự thảo chờ duyệt (${next.label}): ${plan.title}`,
      body: `Dự thảo lần ${version} đang chờ bước "${next.label}".`,
    });
    return;
  }
  await notifyUsers(db, await findUnitUsersWithRoles(db, plan.issuer_unit_id, ['leader']), {
    key: `readyToIssue:${taskId}:${version}`,
    kind: 'readyToIssue',
    taskId,
    subject: `Dự thảo sẵn sàng ban hành: ${plan.title}`,
    body: steps.length
      ? `Dự thảo lần ${version} đã qua mọi bước duyệt; lãnh đạo cho số, ký và ban hành.`
      : `Dự thảo lần ${version} đã được lưu; lãnh đạo xem, cho số, ký và ban hành (hoặc trả lại).`,
  });
}

/**
 * A report sent up: the unit it goes to (the parent plan's issuer) and the parent's focal unit consolidate it. The
 * facts come from one query (`findReportReceivedFacts`), read beside the report's write.
 */
export async function announceReportReceived(
  db: Kysely<Database>,
  facts: ReportReceivedFacts,
  sender: { planId: string; unitId: string; roundKey: string; submittedAt: string },
) {
  if (!facts.parentId) return;
  const round = facts.schedule.rounds.find((r) => r.key === sender.roundKey);
  const what = round ? `${round.label} (${facts.title})` : `Ban hành kế hoạch: ${facts.title}`;
  // The receiver's consolidation of the round, or its plan (whose progress page shows the reports) when it owes none.
  const taskId = facts.consolidationId ?? planTaskId(facts.parentId);
  await notifyUsers(db, facts.officers, {
    key: `received:${reportTaskId(sender.planId, sender.roundKey)}:${sender.submittedAt}`,
    kind: 'received',
    taskId,
    subject: `Đã nhận báo cáo của ${facts.unitName ?? sender.unitId}: ${what}`,
    body: `Gửi lúc ${formatVnDate(vnDateOf(new Date(sender.submittedAt)))}; xem và tổng hợp, hoặc trả lại nếu cần bổ sung.`,
  });
}
