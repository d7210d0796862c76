import { createHash } from 'node:crypto';
import {
  createNotifications,
  createReportSignOff,
  type Database,
  findLatestSignOff,
  findUnitUsersWithRoles,
  type Kysely,
  recordAudit,
  type SignOffSubmission,
  type TaskRow,
  type User,
} from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { forbidden, requireActionableTask } from './access';

/** The template wants the leader's sign-off and the caller is not a leader, who would sign the report himself. */
export const needsSignOff = (definition: { reportSignOff?: boolean } | null | undefined, user: User) =>
  Boolean(definition?.reportSignOff) && !user.roles.includes('leader');

/** A report still to be sent: never sent, or returned by the receiving unit. */
const isOpenForSubmission = (task: TaskRow) =>
  task.state === 'open' || task.state === 'overdue' || (task.state === 'done' && task.returnedReason !== null);

/** The officer's submission waits for the leaders of the officer's unit, who are told; the report is not sent yet. */
export async function submitForSignOff(
  db: Kysely<Database>,
  user: User,
  task: TaskRow,
  idempotencyKey: string,
  submission: SignOffSubmission,
) {
  if (!isOpenForSubmission(task)) throw new TRPCError({ code: 'CONFLICT', message: 'Báo cáo kỳ này đã được gửi.' });
  const id = createHash('sha256').update(`${user.id}:${task.id}:${idempotencyKey}`).digest('hex').slice(0, 24);
  const submittedAt = new Date();
  const stored = await createReportSignOff(db, { id, taskId: task.id, submittedBy: user.id, submittedAt, submission });
  if (!stored)
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'Báo cáo đang chờ lãnh đạo ký duyệt: chờ lãnh đạo ký hoặc trả lại rồi mới trình lại.',
    });
  const leaders = await findUnitUsersWithRoles(db, user.unit_id, ['leader']);
  await createNotifications(
    db,
    leaders.map((leader) => ({
      id: `sign-off:${id}:${leader.id}`,
      userId: leader.id,
      kind: 'approval' as const,
      subject: `Trình ký duyệt báo cáo: ${task.title}`,
      body: `${user.display_name} trình báo cáo "${task.title}". Lãnh đạo ký duyệt để gửi tới đơn vị nhận, hoặc trả lại để chỉnh sửa.`,
      taskId: task.id,
    })),
  );
  await recordAudit(db, {
    actorUserId: user.id,
    unitId: user.unit_id,
    action: 'report.submittedForSignOff',
    subjectId: task.id,
    idempotencyKey: `sign-off:${id}`,
  });
  return { submittedAt: submittedAt.toISOString(), status: 'awaitingSignOff' as const };
}

/** The submission waiting for the caller: a leader of the submitter's unit, who is not the submitter. */
export async function requirePendingSignOff(db: Kysely<Database>, user: User, taskId: string) {
  const task = await requireActionableTask(db, user, taskId);
  if (task.kind !== 'report')
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Công việc này không phải là báo cáo.' });
  const signOff = await findLatestSignOff(db, taskId);
  if (signOff?.state !== 'pending')
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'Báo cáo không chờ ký duyệt (đã được ký duyệt hoặc đã trả lại).',
    });
  if (signOff.submitted_by === user.id)
    throw forbidden('Người trình không tự ký duyệt báo cáo của mình: lãnh đạo khác của đơn vị ký duyệt.');
  if (signOff.submitter_unit_id !== user.unit_id)
    throw forbidden('Chỉ lãnh đạo của đơn vị trình báo cáo mới được ký duyệt hoặc trả lại.');
  return { task, signOff };
}
