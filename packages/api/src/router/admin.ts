import {
  createTemplateVersion,
  findTemplate,
  findLatestTemplateVersion,
  findUnit,
  listAllTemplates,
  listUnits,
  recordUnitSuccession,
  listPlanWorkflowsOfUnits,
  predecessorIds,
  listFailedSteps,
  listMailOutbox,
  retryDeadMail,
  publishTemplate,
  removeCalendarDay,
  removeProvinceCalendarDay,
  setCalendarDay,
  setProvinceCalendarDay,
} from '@cascade/db';
import { handOverSignal } from '@cascade/workflows';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { calendarKeeperOf, calendarView } from '../calendarKeeper';
import { calendarDaysForUnit } from '../provinceCalendar';
import { buildSchedule } from '../schedule';
import { templateDefinitionSchema } from '../templateSchema';
import { roleProcedure } from '../trpc';
import {
  adminScopeIds,
  auditAdminChange,
  requireAdminScope,
  requireTemplateKeeper,
  templateOwnerFor,
} from '../adminScope';

const adminProcedure = roleProcedure('admin');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const adminRouter = {
  /** What an administrator on call checks: mail waiting or given up (dead letters), and steps that failed for good. */
  operations: adminProcedure.query(async ({ ctx }) => {
    const [mail, failedSteps] = await Promise.all([listMailOutbox(ctx.db), listFailedSteps(ctx.db)]);
    return {
      pendingMail: mail.pending,
      deadMail: mail.dead.map((m) => ({
        id: m.id,
        to: m.email ?? m.username,
        subject: m.subject,
        attempts: m.mail_attempts,
        error: m.mail_error,
        deadAt: m.mail_dead_at!.toISOString(),
      })),
      failedSteps: failedSteps.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        planId: e.subject_id,
        activity: String(e.data.activity ?? ''),
        message: String(e.data.message ?? ''),
      })),
    };
  }),

  /** Dead letters sent again, once their mailbox or the mail server is fixed. */
  retryMail: adminProcedure
    .input(z.object({ ids: z.array(z.string().min(1)).min(1).max(500) }))
    .mutation(async ({ ctx, input }) => ({ queued: await retryDeadMail(ctx.db, input.ids) })),

  /** The national calendar, and for a province's administrator the province's own days beside it. */
  calendarDays: adminProcedure.query(async ({ ctx }) => calendarView(ctx.db, await calendarKeeperOf(ctx.db, ctx.user))),

  /** A national administrator keeps the nation's calendar; a province's administrator its province's own days. */
  setCalendarDay: adminProcedure
    .input(
      z.object({
        date: isoDate,
        kind: z.enum(['dayOff', 'workingDay']),
        note: z.string().trim().min(1, 'Nhập ghi chú (ví dụ: nghỉ bù Tết)').max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const provinceId = await calendarKeeperOf(ctx.db, ctx.user);
      if (provinceId) await setProvinceCalendarDay(ctx.db, provinceId, input);
      else await setCalendarDay(ctx.db, input);
      await auditAdminChange(
        ctx.db,
        ctx,
        'calendar.set',
        { unitId: provinceId ?? ctx.user.scope_unit_id, subjectId: input.date },
        null,
        { ...input, provinceId },
      );
      return calendarView(ctx.db, provinceId);
    }),

  removeCalendarDay: adminProcedure.input(z.object({ date: isoDate })).mutation(async ({ ctx, input }) => {
    const provinceId = await calendarKeeperOf(ctx.db, ctx.user);
    if (provinceId) await removeProvinceCalendarDay(ctx.db, provinceId, input.date);
    else await removeCalendarDay(ctx.db, input.date);
    await auditAdminChange(
      ctx.db,
      ctx,
      'calendar.remove',
      { unitId: provinceId ?? ctx.user.scope_unit_id, subjectId: input.date },
      { ...input, provinceId },
      null,
    );
    return calendarView(ctx.db, provinceId);
  }),

  /** Every unit, merged ones included, for choosing a merger's two sides. */
  units: adminProcedure.query(async ({ ctx }) => {
    const scope = await adminScopeIds(ctx.db, ctx.user);
    return (await listUnits(ctx.db))
      .filter((u) => scope.has(u.id))
      .map((u) => ({
        id: u.id,
        name: u.name,
        kind: u.kind,
        parentId: u.parent_id,
        effectiveTo: u.effective_to,
        successorId: u.successor_id,
      }));
  }),

  /** A unit merged into (or replaced by) another on a date: its open obligations in every running plan pass to the successor. */
  mergeUnit: adminProcedure
    .input(z.object({ unitId: z.string().min(1), successorUnitId: z.string().min(1), effectiveOn: isoDate }))
    .mutation(async ({ ctx, input }) => {
      await requireAdminScope(ctx.db, ctx.user, input.unitId, input.successorUnitId);
      const [unit, successor] = await Promise.all([
        findUnit(ctx.db, input.unitId),
        findUnit(ctx.db, input.successorUnitId),
      ]);
      if (!unit || !successor) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' });
      if (unit.id === successor.id)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Đơn vị kế thừa phải khác đơn vị bị sáp nhập.' });
      // A unit that inherited obligations in an earlier merger hands those on too.
      const carried = await predecessorIds(ctx.db, unit.id);
      await ctx.db.transaction().execute(async (trx) => {
        await recordUnitSuccession(trx, unit.id, successor.id, input.effectiveOn, ctx.user.id);
        await auditAdminChange(trx, ctx, 'unit.merge', { unitId: unit.id, subjectId: unit.id }, unit, {
          effectiveTo: input.effectiveOn,
          successorId: successor.id,
        });
      });
      const plans = await listPlanWorkflowsOfUnits(ctx.db, carried, Number(input.effectiveOn.slice(0, 4)));
      for (const plan of plans) {
        await ctx.temporal.workflow
          .getHandle(plan.workflow_id)
          .signal(handOverSignal, { successorUnitId: successor.id, effectiveOn: input.effectiveOn });
      }
      return { plans: plans.length };
    }),

  /** National templates, and those kept by units of the administrator's subtree. */
  templates: adminProcedure.query(async ({ ctx }) => {
    const scope = await adminScopeIds(ctx.db, ctx.user);
    return (await listAllTemplates(ctx.db)).filter((t) => t.ownerUnitId === null || scope.has(t.ownerUnitId));
  }),

  template: adminProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
    const template = await findTemplate(ctx.db, input.id);
    if (!template) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy mẫu kế hoạch.' });
    if (template.owner_unit_id) await requireAdminScope(ctx.db, ctx.user, template.owner_unit_id);
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
        return buildSchedule(template.definition, input.year, await calendarDaysForUnit(ctx.db, ctx.user.scope_unit_id))
          .rounds;
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
      const latest = await findLatestTemplateVersion(ctx.db, input.slug);
      const ownerUnitId = latest ? latest.ownerUnitId : await templateOwnerFor(ctx.db, ctx.user);
      await requireTemplateKeeper(ctx.db, ctx.user, ownerUnitId);
      const version = (latest?.version ?? 0) + 1;
      const id = `${input.slug}-v${version}`;
      await createTemplateVersion(ctx.db, {
        id,
        name: input.name.normalize('NFC'),
        version,
        definition: input.definition,
        ownerUnitId,
      });
      await auditAdminChange(
        ctx.db,
        ctx,
        'template.save',
        { unitId: ownerUnitId ?? ctx.user.scope_unit_id, subjectId: id },
        null,
        { id, name: input.name },
      );
      return { id, version };
    }),

  publishTemplate: adminProcedure.input(z.object({ id: z.string().min(1) })).mutation(async ({ ctx, input }) => {
    const template = await findTemplate(ctx.db, input.id);
    if (template) await requireTemplateKeeper(ctx.db, ctx.user, template.owner_unit_id);
    if (!(await publishTemplate(ctx.db, input.id, new Date()))) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Mẫu không tồn tại hoặc đã được công bố.' });
    }
    const owner = template?.owner_unit_id ?? ctx.user.scope_unit_id;
    await auditAdminChange(ctx.db, ctx, 'template.publish', { unitId: owner, subjectId: input.id }, null, {
      published: true,
    });
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
