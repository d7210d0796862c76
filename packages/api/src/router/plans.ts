import { createHash } from 'node:crypto';
import {
  createPlan,
  findIssueOfUpdate,
  findPlan,
  findTemplate,
  findSubtreeUnitIds,
  openPlanTask,
  listPlanTree,
  listPlansOfUnits,
  listTemplates,
  planTaskId,
  planWorkflowId,
} from '@cascade/db';
import { emptyPlanContent, endOfVnDay, summarizeStatuses, vnDateOf } from '@cascade/domain';
import { planDraftSchemaFor, planIssueSchema } from '@cascade/forms';
import {
  approveDraftUpdate,
  issuePlanUpdate,
  planSearchAttributes,
  type PlanWorkflowInput,
  returnDraftUpdate,
  saveDraftUpdate,
  stepsTaskQueue,
  taskQueue,
} from '@cascade/workflows';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { forbidden, requireActionablePlanTask, visibleUnitIds } from '../access';
import { planFormOf, unitChoicesFor } from '../planForm';
import { calendarDaysForUnit } from '../provinceCalendar';
import { buildSchedule, targetsOf } from '../schedule';
import { importedIssueSchema } from '../importedIssueSchema';
import { scheduleWithLeadDays } from '../subPlanLeadDays';
import { statusAt } from '../status';
import { idempotencyKey } from '../inputs';
import { planDepth } from '../planDepth';
import { readPlan } from '../planReading';
import { withStoredFiles } from '../files';
import { asTrpcErrors } from '../temporalErrors';
import { protectedProcedure, roleProcedure } from '../trpc';

export const plansRouter = {
  templates: protectedProcedure.query(({ ctx }) => listTemplates(ctx.db)),

  create: roleProcedure('officer', 'leader')
    .input(
      z.object({
        templateId: z.string().min(1),
        title: z.string().trim().min(1, 'Nhập tên kế hoạch').max(500),
        year: z.number().int().min(2000).max(2100),
        idempotencyKey,
        /** For a plan brought in from its file: what the file says of its issue, offered when it is issued. */
        importedIssue: importedIssueSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // Its workflow would close at once: the year ended on 31 December.
      if (input.year < Number(vnDateOf(new Date()).slice(0, 4)))
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Năm ${input.year} đã kết thúc; không thể lập kế hoạch cho năm đã qua.`,
        });
      const template = await findTemplate(ctx.db, input.templateId);
      if (!template?.published_at)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Mẫu kế hoạch không tồn tại hoặc chưa được công bố.' });
      const digest = createHash('sha256').update(`${ctx.user.id}:${input.idempotencyKey}`).digest('hex').slice(0, 10);
      const planId = `kh${input.year}-${ctx.user.unit_id}-${digest}`;
      // The issuing unit's province may add its own days off to the nation's.
      const schedule = buildSchedule(
        template.definition,
        input.year,
        await calendarDaysForUnit(ctx.db, ctx.user.unit_id),
      );
      const targets = targetsOf(template.definition);
      await createPlan(ctx.db, {
        id: planId,
        templateId: template.id,
        issuerUnitId: ctx.user.unit_id,
        parentPlanId: null,
        year: input.year,
        title: input.title.normalize('NFC'),
        content: emptyPlanContent,
        schedule,
        targets,
        importedIssue: input.importedIssue ?? null,
      });
      const workflowInput: PlanWorkflowInput = {
        planId,
        unitId: ctx.user.unit_id,
        year: input.year,
        level: 0,
        dueAt: null,
        closesAt: endOfVnDay(`${input.year}-12-31`).toISOString(),
        schedule,
        targets,
        approvalSteps: template.definition.approvalSteps ?? [],
        stepsTaskQueue,
      };
      try {
        await ctx.temporal.workflow.start('planWorkflow', {
          taskQueue,
          workflowId: planWorkflowId(planId),
          args: [workflowInput],
          typedSearchAttributes: planSearchAttributes({ planId, unitId: ctx.user.unit_id, year: input.year }),
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      await openPlanTask(ctx.db, planId, null);
      return { planId, taskId: planTaskId(planId) };
    }),

  saveDraft: roleProcedure('officer', 'leader')
    /** draft: the title beside the values of the template's plan form, checked against that form below. */
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        baseVersion: z.number().int().min(0),
        draft: z.record(z.string(), z.unknown()),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const task = await requireActionablePlanTask(ctx.db, ctx.user, input.taskId);
      const plan = await findPlan(ctx.db, task.planId);
      if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
      const [planForm, units] = await Promise.all([
        planFormOf(ctx.db, plan.template_id),
        unitChoicesFor(ctx.db, ctx.user.unit_id),
      ]);
      const draft = planDraftSchemaFor(planForm, { unitIds: units.map((u) => u.id) }).safeParse(
        await withStoredFiles(ctx.db, plan.id, planForm, input.draft),
      );
      if (!draft.success)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Dự thảo chưa hợp lệ.', cause: draft.error });
      const { title, content } = draft.data;
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(task.workflowId).executeUpdate(saveDraftUpdate, {
          updateId: input.idempotencyKey,
          args: [{ actorId: ctx.user.id, baseVersion: input.baseVersion, title, content }],
        }),
      );
    }),

  issue: roleProcedure('leader')
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        draftVersion: z.number().int().min(1),
        issue: planIssueSchema,
        /** Targets handed to the sub-plans, e.g. "ít nhất 02 mô hình Dân vận khéo"; the plan's own when absent. */
        targets: z.record(z.string(), z.number().min(0, 'Chỉ tiêu không được âm').nullable()).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const task = await requireActionablePlanTask(ctx.db, ctx.user, input.taskId);
      // Sent again after "chưa có kết quả" (408): once the issue is stored, its answer comes from the database, even
      // while the workflow, far behind, has not yet answered the Update.
      const issuedBefore = await findIssueOfUpdate(ctx.db, task.planId, input.idempotencyKey);
      if (issuedBefore) return { issuedAt: issuedBefore.toISOString() };
      const { focalUnitId } = input.issue;
      if (focalUnitId && !(await findSubtreeUnitIds(ctx.db, task.unitId)).has(focalUnitId)) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Đơn vị đầu mối phải là đơn vị ban hành hoặc một đơn vị trực thuộc.',
        });
      }
      const schedule =
        input.issue.leadDays == null
          ? undefined
          : await scheduleWithLeadDays(ctx.db, task.planId, input.issue.leadDays);
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(task.workflowId).executeUpdate(issuePlanUpdate, {
          updateId: input.idempotencyKey,
          args: [
            {
              actorId: ctx.user.id,
              draftVersion: input.draftVersion,
              issue: input.issue,
              targets: input.targets,
              schedule,
            },
          ],
        }),
      );
    }),

  /** A step of the template's approval: the head or leader it names approves the current draft. */
  approve: roleProcedure('head', 'leader')
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        draftVersion: z.number().int().min(1),
        stepKey: z.string().min(1),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const task = await requireActionablePlanTask(ctx.db, ctx.user, input.taskId);
      const plan = await findPlan(ctx.db, task.planId);
      const template = plan && (await findTemplate(ctx.db, plan.template_id));
      const step = template?.definition.approvalSteps?.find((s) => s.key === input.stepKey);
      if (!step) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Mẫu kế hoạch không có bước duyệt này.' });
      if (!ctx.user.roles.includes(step.role))
        throw forbidden(`Bước "${step.label}" do ${step.role === 'head' ? 'trưởng phòng' : 'lãnh đạo'} duyệt.`);
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(task.workflowId).executeUpdate(approveDraftUpdate, {
          updateId: input.idempotencyKey,
          args: [{ actorId: ctx.user.id, draftVersion: input.draftVersion, stepKey: input.stepKey }],
        }),
      );
    }),

  returnDraft: roleProcedure('head', 'leader')
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        draftVersion: z.number().int().min(1),
        reason: z.string().trim().min(1, 'Nhập lý do trả lại').max(2_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const task = await requireActionablePlanTask(ctx.db, ctx.user, input.taskId);
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(task.workflowId).executeUpdate(returnDraftUpdate, {
          updateId: input.idempotencyKey,
          args: [{ actorId: ctx.user.id, draftVersion: input.draftVersion, reason: input.reason.normalize('NFC') }],
        }),
      );
    }),

  progress: protectedProcedure.input(z.object({ planId: z.string().min(1) })).query(async ({ ctx, input }) => {
    const plan = await findPlan(ctx.db, input.planId);
    if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
    const visible = await visibleUnitIds(ctx.db, ctx.user);
    if (!visible.has(plan.issuer_unit_id)) throw forbidden('Kế hoạch này nằm ngoài phạm vi theo dõi của bạn.');
    const now = new Date();
    const nodes = (await listPlanTree(ctx.db, plan.id))
      .filter((n) => visible.has(n.unitId))
      .map((n) => ({
        ...n,
        planStatus: n.status,
        documentNumber: n.issue?.documentNumber ?? null,
        status: statusAt(n, now),
      }));
    const summary = summarizeStatuses(nodes.filter((n) => n.planId !== plan.id).map((n) => n.status));
    const depth = await planDepth(ctx.db, plan);
    // The due date the plan's direct subordinates report by.
    const rounds = plan.schedule.rounds.map((r) => ({
      key: r.key,
      label: r.label,
      period: r.period,
      dueOn: r.dueOnByLevel[Math.min(depth, r.dueOnByLevel.length - 1)] ?? null,
    }));
    return { rootPlanId: plan.id, nodes, summary, rounds };
  }),

  /** A plan as a read-only document with the chain above it: a unit reads the plans it implements. */
  read: protectedProcedure
    .input(z.object({ planId: z.string().min(1) }))
    .query(({ ctx, input }) => readPlan(ctx.db, ctx.user, input.planId)),

  list: protectedProcedure.query(async ({ ctx }) => {
    const visible = [...(await visibleUnitIds(ctx.db, ctx.user))];
    return listPlansOfUnits(ctx.db, visible);
  }),
} satisfies TRPCRouterRecord;
