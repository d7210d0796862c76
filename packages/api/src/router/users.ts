import {
  createUser,
  deleteUserSessions,
  findUserByUsername,
  hashPassword,
  listUsersOfUnits,
  setUserPassword,
  updateUser,
} from '@cascade/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { adminScopeIds, auditAdminChange, requireAdminScope } from '../adminScope';
import { rotateSessions } from '../sessionRotation';
import { roleProcedure } from '../trpc';
import { importUsers } from '../users/importUsers';
import { refuseSelf, requireManagedUser } from '../users/userChecks';
import { roleSchema, temporaryPassword, userFieldsSchema } from '../users/userInputs';
import { userAuditView, userView } from '../users/userView';

const adminProcedure = roleProcedure('admin');
const userRef = z.object({ id: z.string().min(1) });

export const usersRouter = {
  /** Users of the administrator's subtree, disabled ones included, with optional filters. */
  list: adminProcedure
    .input(
      z.object({ unitId: z.string().optional(), role: roleSchema.optional(), includeDisabled: z.boolean().optional() }),
    )
    .query(async ({ ctx, input }) => {
      const scope = await adminScopeIds(ctx.db, ctx.user);
      if (input.unitId && !scope.has(input.unitId)) await requireAdminScope(ctx.db, ctx.user, input.unitId);
      const users = await listUsersOfUnits(ctx.db, input.unitId ? [input.unitId] : [...scope]);
      return users
        .filter((u) => (input.role ? u.roles.includes(input.role) : true))
        .filter((u) => input.includeDisabled !== false || !u.disabled_at)
        .map(userView);
    }),

  /** A new user with a temporary password, shown once, that must be changed at first login. */
  create: adminProcedure.input(userFieldsSchema).mutation(async ({ ctx, input }) => {
    const scopeUnitId = input.scopeUnitId ?? input.unitId;
    await requireAdminScope(ctx.db, ctx.user, input.unitId, scopeUnitId);
    if (await findUserByUsername(ctx.db, input.username))
      throw new TRPCError({ code: 'CONFLICT', message: `Tên đăng nhập ${input.username} đã có: chọn tên khác.` });
    const password = temporaryPassword();
    const id = randomUUID();
    await ctx.db.transaction().execute(async (trx) => {
      await createUser(trx, {
        id,
        username: input.username,
        display_name: input.displayName,
        email: input.email ?? null,
        unit_id: input.unitId,
        scope_unit_id: scopeUnitId,
        roles: JSON.stringify(input.roles),
        password_hash: await hashPassword(password),
        must_change_password: true,
      });
      await auditAdminChange(trx, ctx, 'user.create', { unitId: input.unitId, subjectId: id }, null, {
        ...input,
        scopeUnitId,
      });
    });
    return { id, temporaryPassword: password };
  }),

  update: adminProcedure
    .input(
      userFieldsSchema
        .omit({ username: true })
        .partial()
        .extend({ id: z.string().min(1) }),
    )
    .mutation(async ({ ctx, input }) => {
      const user = await requireManagedUser(ctx.db, ctx.user, input.id);
      const unitId = input.unitId ?? user.unit_id;
      const scopeUnitId = input.scopeUnitId ?? (input.unitId && !input.scopeUnitId ? input.unitId : user.scope_unit_id);
      await requireAdminScope(ctx.db, ctx.user, unitId, scopeUnitId);
      if (input.roles && !input.roles.includes('admin')) refuseSelf(ctx.user, user, 'bỏ quyền quản trị của');
      const edit = {
        ...(input.displayName !== undefined && { display_name: input.displayName }),
        ...(input.email !== undefined && { email: input.email }),
        unit_id: unitId,
        scope_unit_id: scopeUnitId,
        ...(input.roles && { roles: JSON.stringify(input.roles) }),
      };
      const isPrivilegeChange =
        unitId !== user.unit_id ||
        scopeUnitId !== user.scope_unit_id ||
        (input.roles !== undefined && [...input.roles].sort().join() !== [...user.roles].sort().join());
      const sessionId = await ctx.db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, edit);
        const after = { ...user, ...edit, roles: input.roles ?? user.roles };
        await auditAdminChange(
          trx,
          ctx,
          'user.update',
          { unitId, subjectId: user.id },
          userAuditView(user),
          userAuditView(after),
        );
        // New rights, new session: the user's other sessions end (the caller's own browser gets a new id).
        return isPrivilegeChange ? rotateSessions(trx, ctx, user.id) : null;
      });
      if (sessionId) ctx.setSessionCookie(sessionId);
      return { ok: true, sessionsEnded: isPrivilegeChange };
    }),

  /** The account can no longer log in and its sessions end at once; its history stays. */
  disable: adminProcedure.input(userRef).mutation(async ({ ctx, input }) => {
    const user = await requireManagedUser(ctx.db, ctx.user, input.id);
    refuseSelf(ctx.user, user, 'khóa');
    await ctx.db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { disabled_at: new Date() });
      await deleteUserSessions(trx, user.id);
      await auditAdminChange(
        trx,
        ctx,
        'user.disable',
        { unitId: user.unit_id, subjectId: user.id },
        { disabled: false },
        { disabled: true },
      );
    });
    return { ok: true };
  }),

  enable: adminProcedure.input(userRef).mutation(async ({ ctx, input }) => {
    const user = await requireManagedUser(ctx.db, ctx.user, input.id);
    await ctx.db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { disabled_at: null });
      await auditAdminChange(
        trx,
        ctx,
        'user.enable',
        { unitId: user.unit_id, subjectId: user.id },
        { disabled: true },
        { disabled: false },
      );
    });
    return { ok: true };
  }),

  /** A temporary password, shown once; the user's sessions end and the next login must choose a new one. */
  resetPassword: adminProcedure.input(userRef).mutation(async ({ ctx, input }) => {
    const user = await requireManagedUser(ctx.db, ctx.user, input.id);
    const password = temporaryPassword();
    await ctx.db.transaction().execute(async (trx) => {
      await setUserPassword(trx, user.id, await hashPassword(password), true);
      await deleteUserSessions(trx, user.id);
      await auditAdminChange(trx, ctx, 'user.resetPassword', { unitId: user.unit_id, subjectId: user.id }, null, {
        mustChangePassword: true,
      });
    });
    return { temporaryPassword: password };
  }),

  /** Users from a CSV or XLSX file (base64): a dry run shows what would happen; applying creates them all or none. */
  import: adminProcedure
    .input(
      z.object({
        fileName: z.string().min(1),
        contentBase64: z.string().max(10_000_000, 'Tệp quá lớn (tối đa khoảng 7 MB).'),
        dryRun: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) =>
      importUsers(ctx.db, ctx.user, {
        fileName: input.fileName,
        content: Buffer.from(input.contentBase64, 'base64'),
        dryRun: input.dryRun,
      }),
    ),
} satisfies TRPCRouterRecord;
