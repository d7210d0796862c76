import {
  type Database,
  createPlan,
  findPlan,
  findTemplate,
  findUnit,
  type Kysely,
  listUnits,
  markPlanIssued,
  markTaskOverdue,
  planTaskId,
  planWorkflowId,
  recordAudit,
  savePlanDraft,
  subPlanId,
} from '@cascade/db';
import { cascadeTargets, emptyPlanContent, endOfVnDay, type PlanContent, type PlanIssue, type SubPlan, type UnitNode } from '@cascade/domain';
import type { Notifier } from './notifier';

export interface ActivityDependencies {
  db: Kysely<Database>;
  notifier: Notifier;
}

async function requirePlan(db: Kysely<Database>, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw new Error(`Plan ${planId} does not exist`);
  return plan;
}

function toUnitNode(u: Awaited<ReturnType<typeof listUnits>>[number]): UnitNode {
  return { id: u.id, name: u.name, kind: u.kind, parentId: u.parent_id, effectiveFrom: u.effective_from, effectiveTo: u.effective_to, successorId: u.successor_id };
}

/** Every activity is idempotent: Temporal retries it until it succeeds. */
export function createPlanActivities({ db, notifier }: ActivityDependencies) {
  return {
    async savePlanDraft(input: { planId: string; actorId: string; title: string; content: PlanContent; version: number }) {
      const plan = await requirePlan(db, input.planId);
      await savePlanDraft(db, input.planId, input);
      await recordAudit(db, { actorUserId: input.actorId, unitId: plan.issuer_unit_id, action: 'plan.draftSaved', subjectId: input.planId, data: { version: input.version } });
    },

    async issuePlan(input: { planId: string; actorId: string; issue: PlanIssue; issuedAt: string }) {
      const plan = await requirePlan(db, input.planId);
      if (plan.status === 'issued') return;
      await markPlanIssued(db, input.planId, input.issue, new Date(input.issuedAt));
      await recordAudit(db, { actorUserId: input.actorId, unitId: plan.issuer_unit_id, action: 'plan.issued', subjectId: input.planId, data: { ...input.issue } });
    },

    async createSubPlans(input: { planId: string; subPlanDueOn: string }): Promise<SubPlan[]> {
      const plan = await requirePlan(db, input.planId);
      const [issuer, template, units] = await Promise.all([
        findUnit(db, plan.issuer_unit_id),
        findTemplate(db, plan.template_id),
        listUnits(db),
      ]);
      const kinds = (issuer && template?.definition.cascade[issuer.kind]) ?? [];
      const issuedOn = plan.issue?.issuedOn ?? input.subPlanDueOn;
      const targets = cascadeTargets(units.map(toUnitNode), plan.issuer_unit_id, kinds, issuedOn);
      const dueAt = endOfVnDay(input.subPlanDueOn);
      const subPlans: SubPlan[] = [];
      for (const unit of targets) {
        const id = subPlanId(plan.id, unit.id);
        await createPlan(db, {
          id, templateId: plan.template_id, issuerUnitId: unit.id, parentPlanId: plan.id,
          year: plan.year, title: plan.title, content: emptyPlanContent, dueAt,
        });
        subPlans.push({ planId: id, unitId: unit.id, workflowId: planWorkflowId(id), dueAt: dueAt.toISOString() });
      }
      return subPlans;
    },

    async markPlanOverdue(input: { planId: string }) {
      const plan = await requirePlan(db, input.planId);
      const task = await markTaskOverdue(db, planTaskId(input.planId), new Date());
      if (!task) return;
      await recordAudit(db, { actorUserId: null, unitId: plan.issuer_unit_id, action: 'plan.overdue', subjectId: input.planId, data: {} });
      await notifier.notify({ unitId: plan.issuer_unit_id, subject: `Quá hạn ban hành kế hoạch: ${plan.title}`, body: `Đơn vị chưa ban hành kế hoạch đúng hạn.` });
    },
  };
}
