import {
  createSession,
  deleteSession,
  findUnit,
  findUserByUsername,
  hashPassword,
  recordAudit,
  setUserPassword,
  verifyPassword,
} from '@cascade/db';
import { passwordSchema } from '../users/userInputs';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context';
import { protectedProcedure, publicProcedure } from '../trpc';

async function describeUser(ctx: Context) {
  if (!ctx.user) return null;
  const unit = await findUnit(ctx.db, ctx.user.unit_id);
  const { id, username, display_name: displayName, unit_id: unitId, scope_unit_id: scopeUnitId, roles } = ctx.user;
  const mustChangePassword = ctx.user.must_change_password;
  return { id, username, displayName, unitId, unitName: unit?.name ?? '', scopeUnitId, roles, mustChangePassword };
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
      if (user.disabled_at)
        throw new TRPCError({
          code: 'UNAUTHORIZED',
          message: 'Tài khoản đã bị khóa: liên hệ quản trị viên của đơn vị.',
        });
      const sessionId = await createSession(ctx.db, user.id);
      ctx.setSessionCookie(sessionId);
      return describeUser({ ...ctx, user });
    }),

  /** The user's own new password; after an administrator's reset, the only thing the temporary one allows. */
  changePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại'), newPassword: passwordSchema }))
    .mutation(async ({ ctx, input }) => {
      if (!(await verifyPassword(input.currentPassword, ctx.user.password_hash)))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Mật khẩu hiện tại không đúng.' });
      if (input.currentPassword === input.newPassword)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
      await setUserPassword(ctx.db, ctx.user.id, await hashPassword(input.newPassword), false);
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        unitId: ctx.user.unit_id,
        action: 'admin.user.changePassword',
        subjectId: ctx.user.id,
        data: { before: null, after: null },
        idempotencyKey: null,
      });
      return describeUser({ ...ctx, user: { ...ctx.user, must_change_password: false } });
    }),

  logout: protectedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
    ctx.setSessionCookie(null);
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
