import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
  setNotificationEmail,
} from '@cascade/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { protectedProcedure } from '../trpc';

export const notificationsRouter = {
  inbox: protectedProcedure.query(({ ctx }) => listNotifications(ctx.db, ctx.user.id)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.user.id)),
  markRead: protectedProcedure
    .input(z.object({ ids: z.array(z.string().min(1)).max(500) }))
    .mutation(async ({ ctx, input }) => {
      await markNotificationsRead(ctx.db, ctx.user.id, input.ids, new Date());
      return { ok: true };
    }),
  markAllRead: protectedProcedure.mutation(async ({ ctx }) => ({
    marked: await markAllNotificationsRead(ctx.db, ctx.user.id, new Date()),
  })),
  emailChoice: protectedProcedure.query(({ ctx }) => ({
    choice: ctx.user.notification_email,
    hasEmail: ctx.user.email !== null,
  })),
  setEmailChoice: protectedProcedure
    .input(
      z.object({
        choice: z.enum(['each', 'digest', 'none'], 'Chọn cách nhận thư: từng sự kiện, hằng ngày hoặc không'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await setNotificationEmail(ctx.db, ctx.user.id, input.choice);
      return { choice: input.choice };
    }),
} satisfies TRPCRouterRecord;
