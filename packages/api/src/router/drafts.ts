import { deleteAutosavedDraft, findAutosavedDraft, saveAutosavedDraft } from '@cascade/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { requireActionableTask, requireOwnTask } from '../access';
import { roleProcedure } from '../trpc';

const draftKey = z.object({
  taskId: z.string().min(1),
  form: z.enum(['plan', 'report', 'consolidation']),
});

/** A plan task's draft is of the plan form; a report task's, of the report or of its consolidation. */
function requireFormOfTask(form: z.infer<typeof draftKey>['form'], task: { kind: 'plan' | 'report' }) {
  if ((form === 'plan') !== (task.kind === 'plan'))
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Biểu mẫu này không thuộc công việc này: hãy mở lại công việc.',
    });
}

/** Far above any form's text; the files a form names are stored apart (only their ids are here). */
const maxDraftBytes = 1_000_000;

/**
 * What the user has typed and not submitted, saved as they type: never validated (a half-filled form is the point),
 * only ever the caller's own, brought back on any device until the form is submitted.
 */
export const draftsRouter = {
  get: roleProcedure('officer', 'leader')
    .input(draftKey)
    .query(async ({ ctx, input }) => {
      requireFormOfTask(input.form, await requireOwnTask(ctx.db, ctx.user, input.taskId));
      return findAutosavedDraft(ctx.db, { userId: ctx.user.id, ...input });
    }),

  /** values: null once the form is submitted or its edits dropped. */
  save: roleProcedure('officer', 'leader')
    .input(draftKey.extend({ values: z.record(z.string(), z.unknown()).nullable() }))
    .mutation(async ({ ctx, input: { values, ...input } }) => {
      requireFormOfTask(input.form, await requireActionableTask(ctx.db, ctx.user, input.taskId));
      const key = { userId: ctx.user.id, ...input };
      if (values === null) {
        await deleteAutosavedDraft(ctx.db, key);
        return { savedAt: null };
      }
      if (JSON.stringify(values).length > maxDraftBytes)
        throw new TRPCError({
          code: 'PAYLOAD_TOO_LARGE',
          message: 'Bản nháp quá lớn để tự động lưu; hãy rút gọn nội dung hoặc lưu dự thảo.',
        });
      const savedAt = new Date();
      await saveAutosavedDraft(ctx.db, key, values, savedAt);
      return { savedAt };
    }),
} satisfies TRPCRouterRecord;
