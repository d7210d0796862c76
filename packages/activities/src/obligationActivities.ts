import {
  closePlanYear,
  findTaskUnitId,
  findUnit,
  handOverTasks,
  recordTaskAssessment,
  markReportReturned,
  markTaskOverdue,
  openReportTasks,
  planTaskId,
  findReportReceivedFacts,
  recordAudit,
  recordReportSubmission,
  reportTaskId,
} from '@cascade/db';
import { endOfVnDay, formatVnDate } from '@cascade/domain';
import type { ObligationRef, PlanActivities } from '@cascade/workflows';
import type { ActivityDependencies } from './dependencies';
import { executionKey } from './executionKey';
import { leadersAndSupervisors, notifyUsers, unitStaff } from './notify';
import { planNotFound, requirePlan } from './requirePlan';
import { announceOpenRounds, announceReportReceived } from './stepNotices';

type Obligations = Pick<
  PlanActivities,
  | 'openReportTasks'
  | 'recordReport'
  | 'returnReport'
  | 'sendReminder'
  | 'escalateOverdue'
  | 'handOverObligations'
  | 'recordAssessment'
  | 'closePlanYear'
>;

const taskIdOf = (ref: ObligationRef) =>
  ref.roundKey ? reportTaskId(ref.planId, ref.roundKey) : planTaskId(ref.planId);

async function describe(deps: ActivityDependencies, ref: ObligationRef) {
  const [plan, unit] = await Promise.all([requirePlan(deps.db, ref.planId), findUnit(deps.db, ref.unitId)]);
  const round = ref.roundKey ? plan.schedule.rounds.find((r) => r.key === ref.roundKey) : undefined;
  const what = round ? `${round.label} (${plan.title})` : `Ban hành kế hoạch: ${plan.title}`;
  return { plan, unitName: unit?.name ?? ref.unitId, what };
}

/** Who acts on an obligation now: a successor, once a merged unit handed it over. */
async function currentUnit(deps: ActivityDependencies, ref: ObligationRef): Promise<string> {
  return (await findTaskUnitId(deps.db, taskIdOf(ref))) ?? ref.unitId;
}

/** A report is made by the unit, and by the plan's focal unit that consolidates for it. */
async function reportMakers(deps: ActivityDependencies, ref: ObligationRef) {
  const plan = await requirePlan(deps.db, ref.planId);
  const focal = ref.roundKey && plan.focal_unit_id ? await unitStaff(deps.db, plan.focal_unit_id) : [];
  return [...(await unitStaff(deps.db, await currentUnit(deps, ref))), ...focal];
}

export function createObligationActivities(deps: ActivityDependencies): Obligations {
  const { db } = deps;
  return {
    async openReportTasks({ planId, unitId, rounds }) {
      const plan = await requirePlan(db, planId);
      // The top plan's report is the consolidation its focal unit makes: "Tổng hợp báo cáo sơ kết 6 tháng".
      const titleOf = (label: string) =>
        plan.parent_plan_id ? label : `Tổng hợp ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
      const labels = new Map(plan.schedule.rounds.map((r) => [r.key, titleOf(r.label)]));
      await openReportTasks(
        db,
        { planId, unitId, workflowId: plan.workflow_id, planTitle: plan.title },
        rounds.map((r) => ({ key: r.key, label: labels.get(r.key) ?? r.key, dueAt: endOfVnDay(r.dueOn) })),
      );
      const opened = rounds.map((r) => ({ ...r, label: labels.get(r.key) ?? r.key }));
      const makers = rounds[0] ? await reportMakers(deps, { planId, unitId, roundKey: rounds[0].key }) : [];
      await announceOpenRounds(db, plan, makers, opened, new Date());
    },

    async recordReport(input) {
      const taskId = taskIdOf(input);
      // The write (report, task and audit entry in one statement) and the notice's facts side by side: neither needs
      // the other. Keyed on the Update when there is one: a local activity run again in a new task has a new id.
      const { roundKey } = input;
      const [stored, facts] = await Promise.all([
        recordReportSubmission(
          db,
          {
            taskId,
            submittedAt: new Date(input.submittedAt),
            submittedBy: input.actorId,
            values: input.values,
            narrative: input.narrative,
            review: input.review ? { ...input.review } : null,
            // A report sent through a workflow started before reports had details carries none.
            details: input.details ?? {},
            onTime: input.onTime,
            updateId: input.updateId,
          },
          {
            actorUserId: input.actorId,
            unitId: input.unitId,
            action: 'report.submitted',
            subjectId: taskId,
            data: { values: input.values, details: input.details ?? {} },
            idempotencyKey: input.updateId ? `report.submitted:${taskId}:${input.updateId}` : executionKey(),
          },
        ),
        roundKey ? findReportReceivedFacts(db, { planId: input.planId, unitId: input.unitId, roundKey }) : undefined,
      ]);
      const submittedAt = stored.submittedAt.toISOString();
      if (roundKey) {
        if (!facts) throw planNotFound(input.planId);
        await announceReportReceived(db, facts, { ...input, roundKey, submittedAt });
      }
      return { submittedAt, onTime: stored.onTime };
    },

    async returnReport(input) {
      const taskId = taskIdOf(input);
      await markReportReturned(db, taskId, input.reason, new Date(input.at));
      await recordAudit(db, {
        actorUserId: input.actorId,
        unitId: input.unitId,
        action: 'report.returned',
        subjectId: taskId,
        data: { reason: input.reason },
        idempotencyKey: executionKey(),
      });
      const { what } = await describe(deps, input);
      await notifyUsers(db, await reportMakers(deps, input), {
        key: `returned:${taskId}:${input.at}`,
        kind: 'returned',
        subject: `Báo cáo bị trả lại: ${what}`,
        body: input.reason,
        taskId,
      });
    },

    async handOverObligations(input) {
      await handOverTasks(
        db,
        input.planId,
        input.successorUnitId,
        input.droppedRoundKeys.map((k) => reportTaskId(input.planId, k)),
      );
      await recordAudit(db, {
        actorUserId: null,
        unitId: input.unitId,
        action: 'unit.handedOver',
        subjectId: input.planId,
        data: { ...input },
        idempotencyKey: executionKey(),
      });
    },

    async recordAssessment(input) {
      const taskId = taskIdOf(input);
      await recordTaskAssessment(db, taskId, {
        selfScore: input.selfScore,
        reviewerScore: input.reviewerScore,
        grade: input.grade,
      });
      await recordAudit(db, {
        actorUserId: input.actorId,
        unitId: input.unitId,
        action: 'report.assessed',
        subjectId: taskId,
        data: { reviewerScore: input.reviewerScore, grade: input.grade },
        idempotencyKey: executionKey(),
      });
    },

    async closePlanYear(input) {
      const plan = await requirePlan(db, input.planId);
      await closePlanYear(db, input.planId, new Date(input.at));
      await recordAudit(db, {
        actorUserId: null,
        unitId: plan.issuer_unit_id,
        action: 'plan.closed',
        subjectId: input.planId,
        data: { at: input.at },
        idempotencyKey: executionKey(),
      });
    },

    async sendReminder(input) {
      const taskId = taskIdOf(input);
      const { what } = await describe(deps, input);
      await notifyUsers(db, await reportMakers(deps, input), {
        key: `reminder:${taskId}:${input.on}`,
        kind: 'reminder',
        taskId,
        subject: `Nhắc việc: ${what}`,
        body: `Hạn hoàn thành: ${formatVnDate(input.dueOn)}.`,
      });
    },

    async escalateOverdue(input) {
      const taskId = taskIdOf(input);
      await markTaskOverdue(db, taskId, new Date(input.at));
      const { unitName, what } = await describe(deps, input);
      await recordAudit(db, {
        actorUserId: null,
        unitId: input.unitId,
        action: 'task.overdue',
        subjectId: taskId,
        data: { dueOn: input.dueOn },
        idempotencyKey: executionKey(),
      });
      await notifyUsers(db, await leadersAndSupervisors(db, await currentUnit(deps, input)), {
        key: `overdue:${taskId}`,
        kind: 'overdue',
        taskId,
        subject: `Quá hạn: ${unitName} — ${what}`,
        body: `Hạn ${formatVnDate(input.dueOn)} đã qua mà đơn vị chưa hoàn thành.`,
      });
    },
  };
}
