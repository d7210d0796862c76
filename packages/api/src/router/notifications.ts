import { listNotifications, markNotificationsRead } from '@cascade/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { protectedProcedure } from '../trpc';

export const notificationsRouter = {
  inbox: protectedProcedure.query(({ ctx }) => listNotifications(ctx.db, ctx.user.id)),
  markRead: protectedProcedure
    .input(z.object({ ids: z.array(z.string().min(1)).max(500) }))
    .mutation(async ({ ctx, input }) => {
      await markNotificationsRead(ctx.db, ctx.user.id, input.ids, new Date());
      return { ok: true };
    }),
} satisfies TRPCRouterRecord;
