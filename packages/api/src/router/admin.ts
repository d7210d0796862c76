import {
  createTemplateVersion,
  findTemplate,
  findUnit,
  latestTemplateVersion,
  listAllTemplates,
  listPlansOfUnitFrom,
  listUnits,
  recordUnitSuccession,
  listCalendarDays,
  publishTemplate,
  removeCalendarDay,
  setCalendarDay,
} from '@cascade/db';
import { handOverSignal } from '@cascade/workflows';
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
    .input(
      z.object({
        date: isoDate,
        kind: z.enum(['dayOff', 'workingDay']),
        note: z.string().trim().min(1, 'Nhập ghi chú (ví dụ: nghỉ bù Tết)').max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await setCalendarDay(ctx.db, input);
      return listCalendarDays(ctx.db);
    }),

  removeCalendarDay: adminProcedure.input(z.object({ date: isoDate })).mutation(async ({ ctx, input }) => {
    await removeCalendarDay(ctx.db, input.date);
    return listCalendarDays(ctx.db);
  }),

  /** Every unit, merged ones included, for choosing a merger's two sides. */
  units: adminProcedure.query(async ({ ctx }) =>
    (await listUnits(ctx.db)).map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      parentId: u.parent_id,
      effectiveTo: u.effective_to,
      successorId: u.successor_id,
    })),
  ),

  /** A unit merged into (or replaced by) another on a date: its open obligations in every running plan pass to the successor. */
  mergeUnit: adminProcedure
    .input(z.object({ unitId: z.string().min(1), successorUnitId: z.string().min(1), effectiveOn: isoDate }))
    .mutation(async ({ ctx, input }) => {
      const [unit, successor] = await Promise.all([
        findUnit(ctx.db, input.unitId),
        findUnit(ctx.db, input.successorUnitId),
      ]);
      if (!unit || !successor) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' });
      if (unit.id === successor.id)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Đơn vị kế thừa phải khác đơn vị bị sáp nhập.' });
      await recordUnitSuccession(ctx.db, unit.id, successor.id, input.effectiveOn);
      const plans = await listPlansOfUnitFrom(ctx.db, unit.id, Number(input.effectiveOn.slice(0, 4)));
      for (const plan of plans) {
        await ctx.temporal.workflow
          .getHandle(plan.workflow_id)
          .signal(handOverSignal, { successorUnitId: successor.id, effectiveOn: input.effectiveOn });
      }
      return { plans: plans.length };
    }),

  templates: adminProcedure.query(({ ctx }) => listAllTemplates(ctx.db)),

  template: adminProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
    const template = await findTemplate(ctx.db, input.id);
    if (!template) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy mẫu kế hoạch.' });
    return {
      id: template.id,
      name: template.name,
      version: template.version,
      publishedAt: template.published_at,
      definition: template.definition,
    };
  }),

  /** A saved version's rounds for a year, each with its due date per level, the administrator's calendar included. */
  previewSchedule: adminProcedure
    .input(z.object({ id: z.string().min(1), year: z.number().int().min(2000).max(2100) }))
    .query(async ({ ctx, input }) => {
      const template = await findTemplate(ctx.db, input.id);
      if (!template) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy mẫu kế hoạch.' });
      try {
        return buildSchedule(template.definition, input.year, await listCalendarDays(ctx.db)).rounds;
      } catch (error) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: `Lịch báo cáo không hợp lệ: ${(error as Error).message}` });
      }
    }),

  /** Saves a new, unpublished version; published versions never change. */
  saveTemplate: adminProcedure
    .input(
      z.object({
        slug: z.string().regex(/^[a-z0-9-]{3,60}$/, 'Mã mẫu chỉ gồm chữ thường, số và dấu gạch ngang'),
        name: z.string().trim().min(1).max(300),
        definition: templateDefinitionSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      try {
        buildSchedule(input.definition, new Date().getFullYear());
      } catch (error) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: `Lịch báo cáo không hợp lệ: ${(error as Error).message}` });
      }
      const version = (await latestTemplateVersion(ctx.db, input.slug)) + 1;
      const id = `${input.slug}-v${version}`;
      await createTemplateVersion(ctx.db, {
        id,
        name: input.name.normalize('NFC'),
        version,
        definition: input.definition,
      });
      return { id, version };
    }),

  publishTemplate: adminProcedure.input(z.object({ id: z.string().min(1) })).mutation(async ({ ctx, input }) => {
    if (!(await publishTemplate(ctx.db, input.id, new Date()))) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Mẫu không tồn tại hoặc đã được công bố.' });
    }
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
