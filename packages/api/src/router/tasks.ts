import { findPlan, findPlanDraft, findTemplate, latestSubmissions, listUnitNodes, listUnitTasks } from '@cascade/db';
import { childrenOf, vnDateOf } from '@cascade/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { requireOwnTask } from '../access';
import { planFormOf, unitChoicesFor } from '../planForm';
import { reportFormOf } from '../reportForm';
import { statusAt } from '../status';
import { protectedProcedure } from '../trpc';

export const tasksRouter = {
  inbox: protectedProcedure.query(async ({ ctx }) => {
    const tasks = await listUnitTasks(ctx.db, ctx.user.unit_id);
    const now = new Date();
    return tasks.map((t) => ({ ...t, status: statusAt(t, now) }));
  }),

  get: protectedProcedure.input(z.object({ taskId: z.string().min(1) })).query(async ({ ctx, input }) => {
    const task = await requireOwnTask(ctx.db, ctx.user, input.taskId);
    const plan = await findPlan(ctx.db, task.planId);
    const parentPlan = plan?.parent_plan_id ? await findPlan(ctx.db, plan.parent_plan_id) : undefined;
    const round = task.roundKey ? plan?.schedule.rounds.find((r) => r.key === task.roundKey) : undefined;
    const [latest] = round ? await latestSubmissions(ctx.db, [task.id]) : [];
    // Who may consolidate the reports for the issuer: the unit itself or one of its direct subordinates.
    const focalCandidates = task.kind === 'plan' && plan?.status === 'drafting'
      ? childrenOf(await listUnitNodes(ctx.db), task.unitId, [vnDateOf(new Date()), `${plan.year}-12-31`].sort()[0]!).map((u) => ({ id: u.id, name: u.name }))
      : [];
    const [planForm, planUnits] = plan ? await Promise.all([planFormOf(ctx.db, plan.template_id), unitChoicesFor(ctx.db, plan.issuer_unit_id)]) : [];
    const reportForm = plan && round ? await reportFormOf(ctx.db, plan, round.key) : null;
    return {
      task: { ...task, status: statusAt(task, new Date()) },
      plan: plan && {
        id: plan.id, title: plan.title, year: plan.year, status: plan.status, content: plan.content,
        draftVersion: plan.draft_version, issue: plan.issue, returnedReason: plan.returned_reason,
        focalUnitId: plan.focal_unit_id, focalCandidates,
        /** A sub-plan's leader may set its subordinates' lead time when issuing; the template's is the default. */
        subordinateLeadDays: plan.parent_plan_id ? ((await findTemplate(ctx.db, plan.template_id))?.definition.leadDays ?? null) : null,
        /** The indicators with this plan's targets, which its leader may change for the sub-plans when issuing. */
        indicators: plan.schedule.indicators.map((i) => ({ key: i.key, label: i.label, target: plan.targets[i.key] ?? i.target })),
        approvalSteps: (await findTemplate(ctx.db, plan.template_id))?.definition.approvalSteps ?? [],
        // A returned draft starts its approvals again once revised.
        approvals: plan.returned_reason ? [] : ((await findPlanDraft(ctx.db, plan.id, plan.draft_version))?.approvals ?? []),
        /** The form its content is drafted in and shown by, and the units that form's unit picker offers. */
        form: planForm!, units: planUnits!,
      },
      report: round && {
        round,
        indicators: plan!.schedule.indicators.map((i) => ({ ...i, target: plan!.targets[i.key] ?? i.target })),
        /** The round's questions beside the indicators (null for none); a unit picker offers the plan's units. */
        form: reportForm, units: planUnits!,
        latest: latest ? { values: latest.values, narrative: latest.narrative, review: latest.review, details: latest.details, submittedAt: latest.submitted_at } : null,
      },
      parentPlan: parentPlan && { id: parentPlan.id, title: parentPlan.title, issue: parentPlan.issue },
    };
  }),
} satisfies TRPCRouterRecord;
