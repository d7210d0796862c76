import {
  createSession,
  deleteOtherUserSessions,
  deleteSession,
  deleteUserSessionByKey,
  deleteUserSessions,
  findUnit,
  findUserByUsername,
  hashPassword,
  hashSessionId,
  listUserSessions,
  purgeExpiredSessions,
  recordAudit,
  setUserPassword,
  verifyPassword,
  verifyPasswordOrDummy,
} from '@cascade/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context';
import { lockedOut, withinHashingLimit } from '../loginDefences';
import { noticeLockout } from '../lockoutNotice';
import { rotateSessions } from '../sessionRotation';
import { protectedProcedure, publicProcedure } from '../trpc';
import { passwordProblem } from '../users/passwordPolicy';

async function describeUser(ctx: Context) {
  if (!ctx.user) return null;
  const unit = await findUnit(ctx.db, ctx.user.unit_id);
  const { id, username, display_name: displayName, unit_id: unitId, scope_unit_id: scopeUnitId, roles } = ctx.user;
  const mustChangePassword = ctx.user.must_change_password;
  // Workflow ids and Temporal's UI are for administrators only: other roles get neither.
  const temporalWorkflowUrl =
    roles.includes('admin') && ctx.temporalUi
      ? `${ctx.temporalUi.url}/namespaces/${encodeURIComponent(ctx.temporalUi.namespace)}/workflows/`
      : null;
  return {
    id,
    username,
    displayName,
    unitId,
    unitName: unit?.name ?? '',
    scopeUnitId,
    roles,
    mustChangePassword,
    temporalWorkflowUrl,
  };
}

const audit = (ctx: Context, action: string, subject: { userId: string | null; username: string }, data = {}) =>
  recordAudit(ctx.db, {
    actorUserId: subject.userId,
    unitId: null,
    action,
    subjectId: subject.userId ?? subject.username,
    data: { username: subject.username, address: ctx.clientAddress, userAgent: ctx.userAgent, ...data },
    idempotencyKey: null,
  });

export const authRouter = {
  me: publicProcedure.query(({ ctx }) => describeUser(ctx)),

  login: publicProcedure
    .input(
      z.object({
        username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(100, 'Tên đăng nhập quá dài'),
        password: z.string().min(1, 'Nhập mật khẩu').max(1_000, 'Mật khẩu quá dài'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { throttle } = ctx.loginDefences;
      const lockedUntil = await throttle.lockedUntil(ctx.db, input.username, ctx.clientAddress);
      if (lockedUntil) throw lockedOut(lockedUntil);

      const user = await findUserByUsername(ctx.db, input.username);
      const isValid = await withinHashingLimit(ctx.loginDefences, () =>
        verifyPasswordOrDummy(input.password, user?.password_hash),
      );
      if (!user || !isValid) {
        const subject = { userId: user?.id ?? null, username: input.username };
        await audit(ctx, 'auth.loginFailed', subject);
        const until = await throttle.recordFailure(ctx.db, input.username, ctx.clientAddress);
        if (until) {
          await audit(ctx, 'auth.lockout', subject, { until: until.toISOString() });
          if (user) await noticeLockout(ctx.db, user, until, ctx.clientAddress);
          throw lockedOut(until);
        }
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
      }
      if (user.disabled_at)
        throw new TRPCError({
          code: 'UNAUTHORIZED',
          message: 'Tài khoản đã bị khóa: liên hệ quản trị viên của đơn vị.',
        });
      await throttle.recordSuccess(ctx.db, input.username);
      await purgeExpiredSessions(ctx.db);
      // A new id at every sign-in: an id planted before it (session fixation) never becomes a signed-in session.
      if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
      const sessionId = await createSession(ctx.db, user.id, { address: ctx.clientAddress, userAgent: ctx.userAgent });
      ctx.setSessionCookie(sessionId);
      await audit(ctx, 'auth.login', { userId: user.id, username: user.username });
      return describeUser({ ...ctx, user });
    }),

  /**
   * The user's own new password; after an administrator's reset, the only thing the temporary one allows. Every other
   * session of the user ends and this browser gets a new session id.
   */
  changePassword: protectedProcedure
    .input(
      z.object({
        currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(1_000, 'Mật khẩu quá dài'),
        newPassword: z.string().min(1, 'Nhập mật khẩu mới').max(1_000, 'Mật khẩu quá dài (tối đa 1.000 ký tự).'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (
        !(await withinHashingLimit(ctx.loginDefences, () =>
          verifyPassword(input.currentPassword, ctx.user.password_hash),
        ))
      )
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Mật khẩu hiện tại không đúng.' });
      if (input.currentPassword === input.newPassword)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
      const problem = passwordProblem(input.newPassword, ctx.user.username);
      if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: problem });
      const passwordHash = await hashPassword(input.newPassword);
      const sessionId = await ctx.db.transaction().execute(async (trx) => {
        await setUserPassword(trx, ctx.user.id, passwordHash, false);
        await recordAudit(trx, {
          actorUserId: ctx.user.id,
          unitId: ctx.user.unit_id,
          action: 'admin.user.changePassword',
          subjectId: ctx.user.id,
          data: { before: null, after: null, address: ctx.clientAddress },
          idempotencyKey: null,
        });
        return rotateSessions(trx, ctx, ctx.user.id);
      });
      ctx.setSessionCookie(sessionId);
      return describeUser({ ...ctx, user: { ...ctx.user, must_change_password: false } });
    }),

  logout: protectedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
    ctx.setSessionCookie(null);
    await audit(ctx, 'auth.logout', { userId: ctx.user.id, username: ctx.user.username });
    return { ok: true };
  }),

  /** Ends every session of the caller, on every device, this one included. */
  logoutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    const ended = await deleteUserSessions(ctx.db, ctx.user.id);
    ctx.setSessionCookie(null);
    await audit(ctx, 'auth.logoutEverywhere', { userId: ctx.user.id, username: ctx.user.username }, { ended });
    return { ended };
  }),

  /** The caller's live sessions: when and where each was opened and last used. */
  sessions: protectedProcedure.query(async ({ ctx }) => {
    const sessions = await listUserSessions(ctx.db, ctx.user.id);
    const current = ctx.sessionId ? hashSessionId(ctx.sessionId).slice(0, 16) : null;
    return sessions.map((s) => ({ ...s, isCurrent: s.key === current }));
  }),

  /** Ends one of the caller's sessions (a lost phone, a shared computer), named by the key `sessions` lists. */
  endSession: protectedProcedure
    .input(z.object({ key: z.string().regex(/^[0-9a-f]{16}$/, 'Phiên đăng nhập không hợp lệ: tải lại danh sách.') }))
    .mutation(async ({ ctx, input }) => {
      const ended = await deleteUserSessionByKey(ctx.db, ctx.user.id, input.key);
      if (!ended) throw new TRPCError({ code: 'NOT_FOUND', message: 'Phiên này đã kết thúc: tải lại danh sách.' });
      if (ctx.sessionId && hashSessionId(ctx.sessionId).startsWith(input.key)) ctx.setSessionCookie(null);
      await audit(ctx, 'auth.endSession', { userId: ctx.user.id, username: ctx.user.username }, { key: input.key });
      return { ended };
    }),

  /** Ends every session of the caller but this browser's. */
  endOtherSessions: protectedProcedure.mutation(async ({ ctx }) => {
    const ended = ctx.sessionId ? await deleteOtherUserSessions(ctx.db, ctx.user.id, ctx.sessionId) : 0;
    await audit(ctx, 'auth.endOtherSessions', { userId: ctx.user.id, username: ctx.user.username }, { ended });
    return { ended };
  }),
} satisfies TRPCRouterRecord;
