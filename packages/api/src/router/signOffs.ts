import { createNotifications, decideSignOff, recordAudit } from '@cascade/db';
import { type SubmitReportInput, submitReportUpdate } from '@cascade/workflows';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { idempotencyKey } from '../inputs';
import { requirePendingSignOff } from '../reportSignOff';
import { asTrpcErrors } from '../temporalErrors';
import { roleProcedure } from '../trpc';

const taskInput = z.object({ taskId: z.string().min(1), idempotencyKey });

/** Ký duyệt báo cáo: the unit's leader sends the officer's report on, or returns it to the officer. */
export const signOffsRouter = {
  signOff: roleProcedure('leader')
    .input(taskInput)
    .mutation(async ({ ctx, input }) => {
      const { task, signOff } = await requirePendingSignOff(ctx.db, ctx.user, input.taskId);
      const { values, narrative, details } = signOff.submission;
      // Checked against the review schema when the officer submitted it.
      const review = signOff.submission.review as SubmitReportInput['review'];
      // The update id is the submission's own: a retried or doubled sign-off sends the report once.
      const sent = await asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(task.workflowId).executeUpdate(submitReportUpdate, {
          updateId: `sign-off:${signOff.id}`,
          args: [{ actorId: signOff.submitted_by, roundKey: task.roundKey!, values, narrative, review, details }],
        }),
      );
      const at = new Date();
      await decideSignOff(ctx.db, signOff.id, { state: 'signed', by: ctx.user.id, at });
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        unitId: ctx.user.unit_id,
        action: 'report.signedOff',
        subjectId: task.id,
        data: { submittedBy: signOff.submitted_by },
        idempotencyKey: `signed-off:${signOff.id}`,
      });
      return sent;
    }),

  return: roleProcedure('leader')
    .input(taskInput.extend({ reason: z.string().trim().min(1, 'Nhập lý do trả lại').max(2_000) }))
    .mutation(async ({ ctx, input }) => {
      const { task, signOff } = await requirePendingSignOff(ctx.db, ctx.user, input.taskId);
      // A sign-off whose record lagged behind the report it sent (a timed-out wait) cannot be taken back.
      if (task.state === 'done' && task.returnedReason === null)
        throw new TRPCError({ code: 'CONFLICT', message: 'Báo cáo đã được ký duyệt và gửi; không trả lại được nữa.' });
      const reason = input.reason.normalize('NFC');
      const at = new Date();
      await decideSignOff(ctx.db, signOff.id, { state: 'returned', by: ctx.user.id, at, reason });
      await createNotifications(ctx.db, [
        {
          id: `sign-off-returned:${signOff.id}`,
          userId: signOff.submitted_by,
          kind: 'returned',
          subject: `Lãnh đạo trả lại báo cáo: ${task.title}`,
          body: `${ctx.user.display_name} trả lại báo cáo để chỉnh sửa: ${reason}`,
          taskId: task.id,
        },
      ]);
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        unitId: ctx.user.unit_id,
        action: 'report.signOffReturned',
        subjectId: task.id,
        data: { reason },
        idempotencyKey: `sign-off-returned:${signOff.id}`,
      });
      return { returnedAt: at };
    }),
} satisfies TRPCRouterRecord;
