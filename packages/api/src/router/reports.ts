import { createHash } from 'node:crypto';
import {
  addRoundToPlanTree,
  findPlan,
  findTaskWithTemplate,
  latestSubmissions,
  listReportTaskStates,
  listSubPlans,
  reportTaskId,
} from '@cascade/db';
import {
  addDays,
  adhocCutoff,
  aggregateIndicators,
  formatVnDate,
  indicatorValueError,
  roundOpensOn,
  vnDateOf,
} from '@cascade/domain';
import { noReportQuestions, reportFormSchema, valuesSchemaFor } from '@cascade/forms';
import { adhocRoundSignal, assessReportUpdate, returnReportUpdate, submitReportUpdate } from '@cascade/workflows';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { forbidden, requireActionableTask, requireReceivedReport, visibleUnitIds, yearClosed } from '../access';
import { withStoredFiles } from '../files';
import { asTrpcErrors } from '../temporalErrors';
import { idempotencyKey } from '../inputs';
import { planDepth } from '../planDepth';
import { unitChoicesFor, unitIdsForForm } from '../planForm';
import { reportFormOf, roundFormOf } from '../reportForm';
import { needsSignOff, submitForSignOff } from '../reportSignOff';
import { roleProcedure, protectedProcedure } from '../trpc';
import { statusAt } from '../status';

const reviewSchema = z.object({
  results: z.string().trim().min(1, 'Nhập kết quả so với chỉ tiêu'),
  limitations: z.string().trim(),
  proposals: z.string().trim(),
  selfScore: z.number().min(0, 'Điểm tự chấm từ 0 đến 100').max(100, 'Điểm tự chấm từ 0 đến 100'),
  commendations: z.array(z.string().trim().min(1)).max(50),
});

export const reportsRouter = {
  submit: roleProcedure('officer', 'leader')
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        values: z.record(
          z.string(),
          z.number().finite('Giá trị chỉ tiêu phải là số').min(0, 'Giá trị chỉ tiêu không được âm').nullable(),
        ),
        narrative: z.string().trim().max(50_000),
        review: reviewSchema.optional(),
        /** The answers to the round's form, checked against that form below; {} when the round has none. */
        details: z.record(z.string(), z.unknown()).default({}),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // The task, its plan and its template in one query; the unit list only when the form has a unit picker.
      const task = await requireActionableTask(ctx.db, ctx.user, input.taskId, findTaskWithTemplate);
      if (task.kind !== 'report' || !task.roundKey)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Công việc này không phải là báo cáo.' });
      const roundKey = task.roundKey;
      const round = task.schedule.rounds.find((r) => r.key === roundKey);
      const opensOn = round && roundOpensOn(round.cutoff, vnDateOf(new Date()));
      if (opensOn)
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `Chưa đến kỳ báo cáo: ${round.label} mở từ ngày ${formatVnDate(opensOn)}. Hãy gửi báo cáo từ ngày đó.`,
        });
      const valueErrors = task.schedule.indicators.flatMap(
        (indicator) => indicatorValueError(indicator, input.values[indicator.key] ?? null) ?? [],
      );
      if (valueErrors.length > 0)
        throw new TRPCError({ code: 'BAD_REQUEST', message: `Số liệu chưa hợp lệ: ${valueErrors.join('; ')}.` });
      const form = roundFormOf(round ?? {}, task.templateDefinition ?? undefined);
      const unitIds = await unitIdsForForm(ctx.db, form, task.issuerUnitId);
      const details = valuesSchemaFor(form ?? noReportQuestions, { unitIds }).safeParse(
        await withStoredFiles(ctx.db, task.planId, form, input.details),
      );
      if (!details.success)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Báo cáo chưa hợp lệ.', cause: details.error });
      const narrative = input.narrative.normalize('NFC');
      if (needsSignOff(task.templateDefinition, ctx.user))
        return submitForSignOff(ctx.db, ctx.user, task, input.idempotencyKey, {
          values: input.values,
          narrative,
          ...(input.review && { review: input.review }),
          details: details.data,
        });
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(task.workflowId).executeUpdate(submitReportUpdate, {
          updateId: input.idempotencyKey,
          args: [
            {
              actorId: ctx.user.id,
              roundKey,
              values: input.values,
              narrative,
              review: input.review,
              details: details.data,
            },
          ],
        }),
      );
    }),

  /** The unit a report goes to sends it back for revision. */
  return: roleProcedure('officer', 'leader')
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        reason: z.string().trim().min(1, 'Nhập lý do trả lại').max(2_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const report = await requireReceivedReport(ctx.db, ctx.user, input.taskId);
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(report.workflowId).executeUpdate(returnReportUpdate, {
          updateId: input.idempotencyKey,
          args: [{ actorId: ctx.user.id, roundKey: report.roundKey, reason: input.reason.normalize('NFC') }],
        }),
      );
    }),

  /** Sơ kết / tổng kết: the receiving unit's leader scores the report; the grade follows from the bands. */
  assess: roleProcedure('leader')
    .input(
      z.object({
        taskId: z.string().min(1),
        idempotencyKey,
        reviewerScore: z.number().min(0, 'Điểm chấm từ 0 đến 100').max(100, 'Điểm chấm từ 0 đến 100'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const report = await requireReceivedReport(ctx.db, ctx.user, input.taskId);
      return asTrpcErrors(() =>
        ctx.temporal.workflow.getHandle(report.workflowId).executeUpdate(assessReportUpdate, {
          updateId: input.idempotencyKey,
          args: [{ actorId: ctx.user.id, roundKey: report.roundKey, reviewerScore: input.reviewerScore }],
        }),
      );
    }),

  /** Báo cáo đột xuất: a supervisor (or the issuing unit) asks a plan's whole subtree for an unscheduled report. */
  requestAdhoc: roleProcedure('supervisor', 'leader')
    .input(
      z.object({
        planId: z.string().min(1),
        idempotencyKey,
        label: z.string().trim().min(1, 'Nhập tên báo cáo đột xuất').max(300),
        dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Hạn nộp phải có dạng YYYY-MM-DD'),
        /** The questions the units answer in this report, beside the plan's indicators; the template's report form when absent. */
        form: reportFormSchema.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const plan = await findPlan(ctx.db, input.planId);
      if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
      if (!(await visibleUnitIds(ctx.db, ctx.user)).has(plan.issuer_unit_id))
        throw forbidden('Kế hoạch này nằm ngoài phạm vi theo dõi của bạn.');
      if (plan.status === 'closed') throw yearClosed();
      if (input.dueOn < vnDateOf(new Date()))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Hạn nộp báo cáo đột xuất đã qua.' });
      const level = await planDepth(ctx.db, plan);
      const key = `AD-${createHash('sha256').update(`${plan.id}:${input.idempotencyKey}`).digest('hex').slice(0, 8)}`;
      const round = {
        key,
        label: input.label.normalize('NFC'),
        period: 'adhoc' as const,
        cutoff: adhocCutoff(plan.year, vnDateOf(new Date())),
        // The plan's direct subordinates report by the date asked; each level further down five days before.
        dueOnByLevel: Array.from({ length: 4 }, (_, i) => addDays(input.dueOn, -5 * Math.max(0, i - level))),
        ...(input.form && { form: input.form }),
      };
      await addRoundToPlanTree(ctx.db, plan.id, round);
      await ctx.temporal.workflow.getHandle(plan.workflow_id).signal(adhocRoundSignal, round);
      return { roundKey: key };
    }),

  /** Subordinates' reports for a round, who has not reported, and each indicator summed by its own rule. */
  consolidation: protectedProcedure
    .input(z.object({ planId: z.string().min(1), roundKey: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const plan = await findPlan(ctx.db, input.planId);
      if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
      const isReceiver = plan.issuer_unit_id === ctx.user.unit_id || plan.focal_unit_id === ctx.user.unit_id;
      if (!isReceiver && !(await visibleUnitIds(ctx.db, ctx.user)).has(plan.issuer_unit_id)) throw forbidden();
      const round = plan.schedule.rounds.find((r) => r.key === input.roundKey);
      if (!round)
        throw new TRPCError({ code: 'NOT_FOUND', message: `Kế hoạch không có kỳ báo cáo ${input.roundKey}.` });
      const subPlans = await listSubPlans(ctx.db, plan.id);
      const taskIds = subPlans.map((p) => reportTaskId(p.id, round.key));
      const [tasks, submissions, form, units] = await Promise.all([
        listReportTaskStates(ctx.db, taskIds),
        latestSubmissions(ctx.db, taskIds),
        reportFormOf(ctx.db, plan, round.key),
        unitChoicesFor(ctx.db, plan.issuer_unit_id),
      ]);
      const now = new Date();
      const reports = subPlans.map((p) => {
        const taskId = reportTaskId(p.id, round.key);
        const task = tasks.find((t) => t.id === taskId);
        const submission = submissions.find((s) => s.task_id === taskId);
        return {
          // Every subordinate owes every round, unless it handed its obligations to a successor.
          unitId: p.unitId,
          unitName: p.unitName,
          taskId,
          owed: task?.state !== 'handedOver',
          status: task ? statusAt(task, now) : null,
          returnedReason: task?.returnedReason ?? null,
          assessment: task?.assessment ?? null,
          values: submission?.values ?? null,
          narrative: submission?.narrative ?? null,
          details: submission?.details ?? null,
          submittedAt: submission?.submitted_at ?? null,
        };
      });
      // A returned report waits for its revision: it is not summed until sent again.
      const submitted = reports.filter((r) => r.values && !r.returnedReason);
      return {
        round,
        /** The questions each report answered beside the indicators, and the units their answers may name. */
        form,
        units,
        indicators: plan.schedule.indicators.map((i) => ({ ...i, target: plan.targets[i.key] ?? i.target })),
        reports,
        missing: reports.filter((r) => r.owed && !r.values).map((r) => r.unitName),
        aggregates: aggregateIndicators(
          plan.schedule.indicators,
          submitted.map((r) => r.values!),
        ),
      };
    }),
} satisfies TRPCRouterRecord;
