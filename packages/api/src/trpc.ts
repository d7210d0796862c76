import type { Role } from '@cascade/db';
import { initTRPC, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { z, ZodError } from 'zod';
import type { Context } from './context';
import { auditRefusal } from './refusalAudit';
import { temporalRestarting } from './unavailable';
import { userErrorOf } from './userErrors';

// Input checks without a message of their own still speak Vietnamese ("Đầu vào không hợp lệ: …").
z.config(z.locales.vi());

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const shown = userErrorOf(error);
    if (shown) {
      const httpStatus = getHTTPStatusCodeFromError(new TRPCError({ code: shown.code }));
      const data = { ...shape.data, code: shown.code, httpStatus };
      return { ...shape, code: TRPC_ERROR_CODES_BY_KEY[shown.code], message: shown.message, data };
    }
    if (!(error.cause instanceof ZodError)) return shape;
    const issues = error.cause.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    return { ...shape, message: `Dữ liệu không hợp lệ — ${issues.join('; ')}`, data: { ...shape.data, issues } };
  },
});

export const createTRPCRouter = t.router;

/** Every procedure: a refusal (FORBIDDEN) of a signed-in caller goes to the audit log, whichever check made it. */
export const publicProcedure = t.procedure.use(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'FORBIDDEN') await auditRefusal(ctx, path, result.error.message);
  return result;
});

/** What a user with a temporary password may still do: see who they are, choose a new password, log out. */
const allowedBeforePasswordChange = new Set(['auth.me', 'auth.changePassword', 'auth.logout']);

export const protectedProcedure = publicProcedure.use(({ ctx, next, path, type }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Bạn cần đăng nhập.' });
  if (ctx.user.must_change_password && !allowedBeforePasswordChange.has(path))
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.' });
  // Known to be away: refuse at once rather than let the caller wait for a connection timeout.
  if (type === 'mutation' && !ctx.isTemporalReachable())
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: temporalRestarting });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export function roleProcedure(...roles: Role[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!ctx.user.roles.some((r) => roles.includes(r))) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' });
    }
    return next();
  });
}
