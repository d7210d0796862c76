import { findLatestSignOff, findPlan, latestSubmissions, listUnitTasks } from '@cascade/db';
import { roundOpensOn, vnDateOf } from '@cascade/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { requireOwnTask } from '../access';
import { needsSignOff } from '../reportSignOff';
import { planDetails } from '../planDetails';
import { signOffView } from '../signOffView';
import { statusAt } from '../status';
import { buildTaskInbox } from '../taskInbox';
import { protectedProcedure } from '../trpc';

export const tasksRouter = {
  inbox: protectedProcedure.query(async ({ ctx }) => {
    const tasks = await listUnitTasks(ctx.db, ctx.user.unit_id);
    const now = new Date();
    return tasks.map((t) => ({ ...t, status: statusAt(t, now) }));
  }),

  /** The inbox by who acts next: "chờ tôi xử lý", "đang chờ người khác", and what is finished. */
  workQueue: protectedProcedure.query(({ ctx }) => buildTaskInbox(ctx.db, ctx.user)),

  get: protectedProcedure.input(z.object({ taskId: z.string().min(1) })).query(async ({ ctx, input }) => {
    const task = await requireOwnTask(ctx.db, ctx.user, input.taskId);
    const plan = await findPlan(ctx.db, task.planId);
    const parentPlan = plan?.parent_plan_id ? await findPlan(ctx.db, plan.parent_plan_id) : undefined;
    const details = plan && (await planDetails(ctx.db, plan, task));
    const round = details?.round;
    const [[latest], signOff] = round
      ? await Promise.all([latestSubmissions(ctx.db, [task.id]), findLatestSignOff(ctx.db, task.id)])
      : [[], undefined];
    return {
      task: { ...task, status: statusAt(task, new Date()) },
      plan: details?.plan,
      report: round && {
        round,
        /** The day the report's form opens (its period starts); null once it is open. */
        opensOn: roundOpensOn(round.cutoff, vnDateOf(new Date())),
        indicators: plan!.schedule.indicators.map((i) => ({ ...i, target: plan!.targets[i.key] ?? i.target })),
        /** The round's questions beside the indicators (null for none); a unit picker offers the plan's units. */
        form: details.reportForm,
        units: details.plan.units,
        /** Sending this report takes the unit leader's sign-off (the template's option) unless the caller leads. */
        needsSignOff: needsSignOff(details.definition, ctx.user),
        signOff: signOff ? signOffView(signOff, task, ctx.user) : null,
        latest: latest
          ? {
              values: latest.values,
              narrative: latest.narrative,
              review: latest.review,
              details: latest.details,
              submittedAt: latest.submitted_at,
            }
          : null,
      },
      parentPlan: parentPlan && { id: parentPlan.id, title: parentPlan.title, issue: parentPlan.issue },
    };
  }),
} satisfies TRPCRouterRecord;
