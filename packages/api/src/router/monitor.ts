import { findUnit } from '@cascade/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { forbidden } from '../access';
import { cascadeGrid } from '../monitor/cascadeGrid';
import { cascadeView } from '../monitor/cascadeView';
import { indicatorsView } from '../monitor/indicators';
import { monitorOverview } from '../monitor/overview';
import { roundRates } from '../monitor/rates';
import { overdueOf, sendReminders } from '../monitor/reminders';
import { unitTimeline } from '../monitor/timeline';
import { searchUnits } from '../monitor/unitSearch';
import { monitorWorkbook } from '../monitor/workbook';
import { protectedProcedure } from '../trpc';

const planInput = z.object({ planId: z.string().min(1) });

/** The supervisor's monitor: every procedure answers only for units inside the caller's scope. */
export const monitorRouter = {
  overview: protectedProcedure
    .input(z.object({ year: z.number().int().min(2000).max(2100).nullable() }))
    .query(({ ctx, input }) => monitorOverview(ctx.db, ctx.user, input.year)),

  grid: protectedProcedure.input(planInput).query(({ ctx, input }) => cascadeGrid(ctx.db, ctx.user, input.planId)),

  rates: protectedProcedure
    .input(planInput.extend({ column: z.string().min(1) }))
    .query(({ ctx, input }) => roundRates(ctx.db, ctx.user, input.planId, input.column)),

  indicators: protectedProcedure
    .input(planInput.extend({ roundKey: z.string().min(1).nullable() }))
    .query(({ ctx, input }) => indicatorsView(ctx.db, ctx.user, input.planId, input.roundKey)),

  timeline: protectedProcedure.input(planInput).query(({ ctx, input }) => unitTimeline(ctx.db, ctx.user, input.planId)),

  searchUnits: protectedProcedure
    .input(planInput.extend({ query: z.string().trim().min(1, 'Hãy gõ tên đơn vị cần tìm.').max(100) }))
    .query(({ ctx, input }) => searchUnits(ctx.db, ctx.user, input.planId, input.query)),

  overdue: protectedProcedure
    .input(planInput.extend({ column: z.string().min(1).nullable() }))
    .query(async ({ ctx, input }) =>
      overdueOf(ctx.db, await cascadeView(ctx.db, ctx.user, input.planId), input.column),
    ),

  remind: protectedProcedure
    .input(planInput.extend({ taskIds: z.array(z.string().min(1)).min(1).max(5_000) }))
    .mutation(async ({ ctx, input }) => {
      const view = await cascadeView(ctx.db, ctx.user, input.planId);
      const inScope = new Set(Object.values(view.taskIds));
      if (input.taskIds.some((id) => !inScope.has(id)))
        throw forbidden('Có đơn vị nằm ngoài phạm vi theo dõi của bạn; không gửi đôn đốc nào.');
      return sendReminders(ctx.db, ctx.user, view, input.taskIds);
    }),

  exportXlsx: protectedProcedure
    .input(planInput.extend({ roundKey: z.string().min(1).nullish() }))
    .query(async ({ ctx, input }) => {
      const [view, indicators] = await Promise.all([
        cascadeView(ctx.db, ctx.user, input.planId),
        indicatorsView(ctx.db, ctx.user, input.planId, input.roundKey ?? null),
      ]);
      const scope = (await findUnit(ctx.db, ctx.user.scope_unit_id))?.name ?? ctx.user.scope_unit_id;
      const content = await monitorWorkbook(view, indicators, scope);
      return { fileName: `theo-doi-${view.plan.id}.xlsx`, base64: content.toString('base64') };
    }),
} satisfies TRPCRouterRecord;
