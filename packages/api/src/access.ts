import {
  type Database,
  findReceivedReport,
  findSubtreeUnitIds,
  findTask,
  type Kysely,
  type TaskRow,
  type User,
} from '@cascade/db';
import { TRPCError } from '@trpc/server';

export const forbidden = (message = 'Bạn không có quyền với công việc của đơn vị khác.') =>
  new TRPCError({ code: 'FORBIDDEN', message });

/** A unit acts only on its own tasks; a plan's focal unit also makes its reports. */
export async function requireOwnTask<T extends TaskRow = TaskRow>(
  db: Kysely<Database>,
  user: User,
  taskId: string,
  find: (db: Kysely<Database>, taskId: string) => Promise<T | undefined> = findTask as never,
): Promise<T> {
  const task = await find(db, taskId);
  if (!task) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy công việc.' });
  const isFocalUnit = task.kind === 'report' && task.focalUnitId === user.unit_id;
  if (task.unitId !== user.unit_id && !isFocalUnit) throw forbidden();
  return task;
}

export const yearClosed = () =>
  new TRPCError({ code: 'CONFLICT', message: 'Năm kế hoạch đã kết thúc (đã tổng kết); không thể thay đổi.' });

/** A task still open to changes: the plan year has not closed. */
export async function requireActionableTask<T extends TaskRow = TaskRow>(
  db: Kysely<Database>,
  user: User,
  taskId: string,
  find?: (db: Kysely<Database>, taskId: string) => Promise<T | undefined>,
): Promise<T> {
  const task = await requireOwnTask(db, user, taskId, find);
  if (task.planStatus === 'closed') throw yearClosed();
  return task;
}

/** A plan action's task: an open task of the caller's unit, and a plan's (never a report's) task. */
export async function requireActionablePlanTask(db: Kysely<Database>, user: User, taskId: string): Promise<TaskRow> {
  const task = await requireActionableTask(db, user, taskId);
  if (task.kind !== 'plan')
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Công việc này không phải là kế hoạch: mở công việc kế hoạch để soạn, duyệt hoặc ban hành.',
    });
  return task;
}

/** The units a user may watch: a supervisor's subtree, or the user's own unit and what lies below it. */
export async function visibleUnitIds(db: Kysely<Database>, user: User): Promise<Set<string>> {
  return findSubtreeUnitIds(db, user.scope_unit_id);
}

/** A subordinate's report, acted on only by the unit it goes to: the parent plan's issuer or its focal unit. */
export async function requireReceivedReport(db: Kysely<Database>, user: User, taskId: string) {
  const report = await findReceivedReport(db, taskId);
  if (!report?.roundKey) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy báo cáo.' });
  if (report.receiverUnitId !== user.unit_id && report.focalUnitId !== user.unit_id)
    throw forbidden('Chỉ đơn vị nhận báo cáo mới được trả lại hoặc chấm điểm.');
  if (report.status === 'closed') throw yearClosed();
  return { workflowId: report.workflowId, roundKey: report.roundKey };
}
