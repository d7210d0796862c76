import {
  createSubPlansWithTasks,
  findUnitUsersWithRoles,
  planTaskId,
  findTemplate,
  findUnit,
  listUnitNodes,
  markPlanIssued,
  markPlanReturned,
  openPlanTask,
  recordDraftApproval,
  planWorkflowId,
  recordAudit,
  savePlanDraft,
  subPlanId,
} from '@cascade/db';
import { cascadeTargets, endOfVnDay } from '@cascade/domain';
import type { PlanActivities } from '@cascade/workflows';
import { heartbeat } from '@temporalio/activity';
import type { ActivityDependencies } from './dependencies';
import { subPlanContentOf } from './citedPlan';
import { executionKey } from './executionKey';
import { notifyUsers } from './notify';
import { announceDraftWaiting, announceSubPlans } from './stepNotices';
import { requirePlan } from './requirePlan';

type PlanLifecycle = Pick<
  PlanActivities,
  'openPlanTask' | 'savePlanDraft' | 'approvePlanDraft' | 'returnPlanDraft' | 'issuePlan' | 'createSubPlans'
>;

/** Every activity is idempotent: Temporal retries it until it succeeds. */
export function createPlanLifecycleActivities({ db }: ActivityDependencies): PlanLifecycle {
  return {
    async openPlanTask(input) {
      await openPlanTask(db, input.planId, input.dueAt ? new Date(input.dueAt) : null);
    },

    async savePlanDraft(input) {
      const plan = await requirePlan(db, input.planId);
      await savePlanDraft(db, input.planId, { ...input, savedBy: input.actorId });
      await recordAudit(db, {
        actorUserId: input.actorId,
        unitId: plan.issuer_unit_id,
        action: 'plan.draftSaved',
        subjectId: input.planId,
        data: { version: input.version },
        idempotencyKey: executionKey(),
      });
      await announceDraftWaiting(db, plan, input.version, null);
    },

    async approvePlanDraft(input) {
      const plan = await requirePlan(db, input.planId);
      await recordDraftApproval(db, input.planId, input.version, {
        stepKey: input.stepKey,
        actorId: input.actorId,
        at: input.at,
      });
      await recordAudit(db, {
        actorUserId: input.actorId,
        unitId: plan.issuer_unit_id,
        action: 'plan.approved',
        subjectId: input.planId,
        data: { version: input.version, stepKey: input.stepKey },
        idempotencyKey: executionKey(),
      });
      await announceDraftWaiting(db, plan, input.version, input.stepKey);
    },

    async returnPlanDraft(input) {
      const plan = await requirePlan(db, input.planId);
      await markPlanReturned(db, input.planId, input.version, input.reason);
      await recordAudit(db, {
        actorUserId: input.actorId,
        unitId: plan.issuer_unit_id,
        action: 'plan.returned',
        subjectId: input.planId,
        data: { version: input.version, reason: input.reason },
        idempotencyKey: executionKey(),
      });
      await notifyUsers(db, await findUnitUsersWithRoles(db, plan.issuer_unit_id, ['officer']), {
        key: `returned:${planTaskId(plan.id)}:${input.version}`,
        kind: 'returned',
        taskId: planTaskId(plan.id),
        subject: `Dự thảo bị trả lại: ${plan.title}`,
        body: input.reason,
      });
    },

    async issuePlan(input) {
      const plan = await requirePlan(db, input.planId);
      // Issuing again changes nothing; the audit event is still written if a crash came between the two.
      await markPlanIssued(
        db,
        input.planId,
        input.issue,
        new Date(input.issuedAt),
        input.targets,
        input.schedule,
        input.updateId,
      );
      await recordAudit(db, {
        actorUserId: input.actorId,
        unitId: plan.issuer_unit_id,
        action: 'plan.issued',
        subjectId: input.planId,
        data: { ...input.issue },
        idempotencyKey: executionKey(),
      });
    },

    async createSubPlans(input) {
      const plan = await requirePlan(db, input.planId);
      const [issuer, template, units] = await Promise.all([
        findUnit(db, plan.issuer_unit_id),
        findTemplate(db, plan.template_id),
        listUnitNodes(db),
      ]);
      const issuerParent = issuer?.parent_id ? await findUnit(db, issuer.parent_id) : undefined;
      const content = subPlanContentOf(plan, issuer, issuerParent, template);
      const kinds = (issuer && template?.definition.cascade[issuer.kind]) ?? [];
      const issuedOn = plan.issue?.issuedOn ?? input.at.slice(0, 10);
      const dueAt = endOfVnDay(input.subPlanDueOn);
      const targets = cascadeTargets(units, plan.issuer_unit_id, kinds, issuedOn);
      // Opened with the plans so the whole cascade shows at once; their workflows start a moment later.
      await createSubPlansWithTasks(
        db,
        targets.map((unit) => ({
          id: subPlanId(plan.id, unit.id),
          templateId: plan.template_id,
          issuerUnitId: unit.id,
          parentPlanId: plan.id,
          year: plan.year,
          title: plan.title,
          content,
          schedule: plan.schedule,
          targets: plan.targets,
          dueAt,
        })),
      );
      heartbeat('rows');
      const subPlans = targets.map((unit) => {
        const id = subPlanId(plan.id, unit.id);
        const cascades = (template?.definition.cascade[unit.kind] ?? []).length > 0;
        return { planId: id, unitId: unit.id, workflowId: planWorkflowId(id), dueAt: dueAt.toISOString(), cascades };
      });
      await announceSubPlans(db, plan, subPlans, input.subPlanDueOn);
      return subPlans;
    },
  };
}
