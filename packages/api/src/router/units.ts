import {
  closeUnit,
  createUnit,
  findSubtreeUnitIds,
  listUnits,
  listUnitsAudit,
  listUnitUsers,
  listUnitVersions,
  reopenUnit,
  toUnitVersion,
  updateUnit,
} from '@cascade/db';
import { unitsAsOf } from '@cascade/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { adminScopeIds, auditAdminChange, requireAdminScope } from '../adminScope';
import { roleProcedure } from '../trpc';
import { isoDate, unitFieldsSchema } from '../units/unitInputs';
import { unitView } from '../units/unitView';
import { checkUnitCode, requireUnit } from '../units/unitChecks';
import { UnitFileError } from '../unitImport/importError';
import { importUnits } from '../unitImport/importUnits';

const adminProcedure = roleProcedure('admin');

export const unitsRouter = {
  /** The administrator's subtree as it stood on `asOf` (today by default), with each unit's name and place that day. */
  tree: adminProcedure.input(z.object({ asOf: isoDate.optional() })).query(async ({ ctx, input }) => {
    const asOf = input.asOf ?? new Date().toISOString().slice(0, 10);
    const [units, versions, scope] = await Promise.all([
      listUnits(ctx.db),
      listUnitVersions(ctx.db),
      adminScopeIds(ctx.db, ctx.user),
    ]);
    const byId = new Map(units.map((u) => [u.id, u]));
    const nodes = unitsAsOf(units.map(unitView).map(nodeOf), versions.map(toUnitVersion), asOf);
    return {
      asOf,
      rootId: ctx.user.scope_unit_id,
      units: nodes
        .filter((n) => scope.has(n.id))
        .map((n) => ({ ...unitView(byId.get(n.id)!), name: n.name, kind: n.kind, parentId: n.parentId })),
    };
  }),

  get: adminProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
    await requireAdminScope(ctx.db, ctx.user, input.id);
    const unit = await requireUnit(ctx.db, input.id);
    const [versions, users, audit] = await Promise.all([
      listUnitVersions(ctx.db, unit.id),
      listUnitUsers(ctx.db, unit.id),
      listUnitsAudit(ctx.db, [unit.id], 100),
    ]);
    return {
      unit: unitView(unit),
      versions: versions.map((v) => ({ ...toUnitVersion(v), change: v.change, recordedAt: v.recorded_at })),
      users: users.map((u) => ({ id: u.id, username: u.username, displayName: u.display_name, roles: u.roles })),
      audit: audit.map((a) => ({ id: a.id, at: a.at, actorUserId: a.actor_user_id, action: a.action, data: a.data })),
    };
  }),

  create: adminProcedure.input(unitFieldsSchema.extend({ effectiveFrom: isoDate })).mutation(async ({ ctx, input }) => {
    if (!input.parentId) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Chọn đơn vị cấp trên.' });
    await requireAdminScope(ctx.db, ctx.user, input.parentId);
    await requireUnit(ctx.db, input.parentId);
    await checkUnitCode(ctx.db, input.code ?? null, null);
    const id = randomUUID();
    const unit = {
      id,
      name: input.name,
      kind: input.kind,
      parent_id: input.parentId,
      code: input.code ?? null,
      abbreviation: input.abbreviation,
      address: input.address ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      effective_from: input.effectiveFrom,
      effective_to: null,
      successor_id: null,
    };
    await ctx.db.transaction().execute(async (trx) => {
      await createUnit(trx, unit, ctx.user.id);
      await auditAdminChange(trx, ctx, 'unit.create', { unitId: id, subjectId: id }, null, unit);
    });
    return { id };
  }),

  /** Renames, moves or re-describes a unit from a date; the tree "as of" an earlier date still shows the old values. */
  update: adminProcedure
    .input(unitFieldsSchema.partial().extend({ id: z.string().min(1), effectiveOn: isoDate }))
    .mutation(async ({ ctx, input }) => {
      const scope = await requireAdminScope(ctx.db, ctx.user, input.id);
      const unit = await requireUnit(ctx.db, input.id);
      if (input.parentId !== undefined && input.parentId !== unit.parent_id) {
        if (input.id === ctx.user.scope_unit_id || !input.parentId || !scope.has(input.parentId))
          throw new TRPCError({
            code: 'FORBIDDEN',
            message: 'Chỉ được chuyển đơn vị vào một đơn vị trong phạm vi quản trị.',
          });
        await requireUnit(ctx.db, input.parentId);
        if ((await findSubtreeUnitIds(ctx.db, unit.id)).has(input.parentId))
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.',
          });
      }
      if (input.code !== undefined) await checkUnitCode(ctx.db, input.code, unit.id);
      const edit = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.parentId !== undefined && { parent_id: input.parentId }),
        ...(input.code !== undefined && { code: input.code }),
        ...(input.abbreviation !== undefined && { abbreviation: input.abbreviation }),
        ...(input.address !== undefined && { address: input.address }),
        ...(input.phone !== undefined && { phone: input.phone }),
        ...(input.email !== undefined && { email: input.email }),
      };
      const updated = await ctx.db.transaction().execute(async (trx) => {
        const after = await updateUnit(trx, unit, edit, input.effectiveOn, ctx.user.id);
        await auditAdminChange(trx, ctx, 'unit.update', { unitId: unit.id, subjectId: unit.id }, unit, after);
        return after;
      });
      return unitView(updated);
    }),

  close: adminProcedure
    .input(z.object({ id: z.string().min(1), effectiveOn: isoDate }))
    .mutation(async ({ ctx, input }) => {
      await requireAdminScope(ctx.db, ctx.user, input.id);
      const unit = await requireUnit(ctx.db, input.id);
      if (unit.effective_to) throw new TRPCError({ code: 'CONFLICT', message: 'Đơn vị đã thôi hoạt động.' });
      if (input.effectiveOn <= unit.effective_from)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Ngày thôi hoạt động phải sau ngày đơn vị bắt đầu hoạt động.',
        });
      await ctx.db.transaction().execute(async (trx) => {
        await closeUnit(trx, unit, input.effectiveOn, ctx.user.id);
        await auditAdminChange(trx, ctx, 'unit.close', { unitId: unit.id, subjectId: unit.id }, unit, {
          effectiveTo: input.effectiveOn,
        });
      });
      return { ok: true };
    }),

  reopen: adminProcedure
    .input(z.object({ id: z.string().min(1), effectiveOn: isoDate }))
    .mutation(async ({ ctx, input }) => {
      await requireAdminScope(ctx.db, ctx.user, input.id);
      const unit = await requireUnit(ctx.db, input.id);
      if (!unit.effective_to) throw new TRPCError({ code: 'CONFLICT', message: 'Đơn vị đang hoạt động.' });
      await ctx.db.transaction().execute(async (trx) => {
        await reopenUnit(trx, unit, input.effectiveOn, ctx.user.id);
        await auditAdminChange(trx, ctx, 'unit.reopen', { unitId: unit.id, subjectId: unit.id }, unit, {
          effectiveTo: null,
          reopenedOn: input.effectiveOn,
        });
      });
      return { ok: true };
    }),

  /** The web app's import: a dry run for the review screen, then the same file applied (all of it, or nothing). */
  import: adminProcedure
    .input(
      z.object({
        fileName: z.string().min(1),
        contentBase64: z.string().max(20_000_000, 'Tệp quá lớn (tối đa khoảng 15 MB).'),
        dryRun: z.boolean(),
        effectiveFrom: isoDate.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      try {
        const result = await importUnits(ctx.db, {
          fileName: input.fileName,
          content: Buffer.from(input.contentBase64, 'base64'),
          dryRun: input.dryRun,
          effectiveFrom: input.effectiveFrom,
          admin: ctx.user,
        });
        const { plan } = result;
        const listed = <T extends { name: string }>(units: T[]) => units.slice(0, 500);
        return {
          applied: result.applied,
          counts: result.counts,
          errors: result.errors,
          added: listed(plan.added),
          renamed: listed(plan.renamed),
          moved: listed(plan.moved),
          reopened: listed(plan.reopened),
          closed: listed(plan.closed),
          unchangedCount: plan.unchanged.length,
        };
      } catch (error) {
        if (error instanceof UnitFileError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
        throw error;
      }
    }),

  /** Every administrator change in the administrator's subtree, newest first. */
  audit: adminProcedure.query(async ({ ctx }) => {
    const events = await listUnitsAudit(ctx.db, [...(await adminScopeIds(ctx.db, ctx.user))]);
    return events.map((a) => ({
      id: a.id,
      at: a.at,
      actorUserId: a.actor_user_id,
      unitId: a.unit_id,
      action: a.action,
      subjectId: a.subject_id,
      data: a.data,
    }));
  }),
} satisfies TRPCRouterRecord;

const nodeOf = (u: ReturnType<typeof unitView>) => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
  effectiveFrom: u.effectiveFrom,
  effectiveTo: u.effectiveTo,
  successorId: u.successorId,
});
