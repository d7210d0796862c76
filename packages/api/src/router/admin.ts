import { createTemplateVersion, listAllTemplates, listCalendarDays, publishTemplate, removeCalendarDay, setCalendarDay } from '@cascade/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { buildSchedule } from '../schedule';
import { templateDefinitionSchema } from '../templateSchema';
import { roleProcedure } from '../trpc';

const adminProcedure = roleProcedure('admin');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const adminRouter = {
  calendarDays: adminProcedure.query(({ ctx }) => listCalendarDays(ctx.db)),

  setCalendarDay: adminProcedure
    .input(z.object({ date: isoDate, kind: z.enum(['dayOff', 'workingDay']), note: z.string().trim().min(1, 'Nhập ghi chú (ví dụ: nghỉ bù Tết)').max(200) }))
    .mutation(async ({ ctx, input }) => {
      await setCalendarDay(ctx.db, input);
      return listCalendarDays(ctx.db);
    }),

  removeCalendarDay: adminProcedure.input(z.object({ date: isoDate })).mutation(async ({ ctx, input }) => {
    await removeCalendarDay(ctx.db, input.date);
    return listCalendarDays(ctx.db);
  }),

  templates: adminProcedure.query(({ ctx }) => listAllTemplates(ctx.db)),

  /** Saves a new, unpublished version; published versions never change. */
  saveTemplate: adminProcedure
    .input(z.object({ slug: z.string().regex(/^[a-z0-9-]{3,60}$/, 'Mã mẫu chỉ gồm chữ thường, số và dấu gạch ngang'), name: z.string().trim().min(1).max(300), definition: templateDefinitionSchema }))
    .mutation(async ({ ctx, input }) => {
      try {
        buildSchedule(input.definition, new Date().getFullYear());
      } catch (error) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: `Lịch báo cáo không hợp lệ: ${(error as Error).message}` });
      }
      const latest = await ctx.db.selectFrom('templates').select(({ fn }) => fn.max('version').as('version')).where('id', 'like', `${input.slug}-v%`).executeTakeFirst();
      const version = (latest?.version ?? 0) + 1;
      const id = `${input.slug}-v${version}`;
      await createTemplateVersion(ctx.db, { id, name: input.name.normalize('NFC'), version, definition: input.definition });
      return { id, version };
    }),

  publishTemplate: adminProcedure.input(z.object({ id: z.string().min(1) })).mutation(async ({ ctx, input }) => {
    if (!(await publishTemplate(ctx.db, input.id, new Date()))) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Mẫu không tồn tại hoặc đã được công bố.' });
    }
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
