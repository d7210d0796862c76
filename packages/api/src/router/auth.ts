import { createSession, deleteSession, findUnit, findUserByUsername, verifyPassword } from '@cascade/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context';
import { protectedProcedure, publicProcedure } from '../trpc';

async function describeUser(ctx: Context) {
  if (!ctx.user) return null;
  const unit = await findUnit(ctx.db, ctx.user.unit_id);
  const { id, username, display_name: displayName, unit_id: unitId, scope_unit_id: scopeUnitId, roles } = ctx.user;
  return { id, username, displayName, unitId, unitName: unit?.name ?? '', scopeUnitId, roles };
}

export const authRouter = {
  me: publicProcedure.query(({ ctx }) => describeUser(ctx)),

  login: publicProcedure
    .input(
      z.object({
        username: z.string().trim().min(1, 'Nhập tên đăng nhập'),
        password: z.string().min(1, 'Nhập mật khẩu'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const user = await findUserByUsername(ctx.db, input.username);
      if (!user || !(await verifyPassword(input.password, user.password_hash))) {
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
      }
      const sessionId = await createSession(ctx.db, user.id);
      ctx.setSessionCookie(sessionId);
      return describeUser({ ...ctx, user });
    }),

  logout: protectedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
    ctx.setSessionCookie(null);
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
