import { findPlan, latestSubmissions, listUnitTasks } from '@cascade/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { requireOwnTask } from '../access';
import { planFormOf, unitChoicesFor } from '../planForm';
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
    const [planForm, planUnits] = plan ? await Promise.all([planFormOf(ctx.db, plan.template_id), unitChoicesFor(ctx.db, plan.issuer_unit_id)]) : [];
    return {
      task: { ...task, status: statusAt(task, new Date()) },
      plan: plan && {
        id: plan.id, title: plan.title, year: plan.year, status: plan.status, content: plan.content,
        draftVersion: plan.draft_version, issue: plan.issue, returnedReason: plan.returned_reason,
        /** The form its content is drafted in and shown by, and the units that form's unit picker offers. */
        form: planForm!, units: planUnits!,
      },
      report: round && {
        round,
        indicators: plan!.schedule.indicators.map((i) => ({ ...i, target: plan!.targets[i.key] ?? i.target })),
        latest: latest ? { values: latest.values, narrative: latest.narrative, review: latest.review, submittedAt: latest.submitted_at } : null,
      },
      parentPlan: parentPlan && { id: parentPlan.id, title: parentPlan.title, issue: parentPlan.issue },
    };
  }),
} satisfies TRPCRouterRecord;
