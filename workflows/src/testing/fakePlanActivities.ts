import { endOfVnDay } from '@cascade/domain';
import type { PlanActivities } from '../activities';
import type { PlanIssue, SubPlan } from '../types';

export interface FakeUnit {
  id: string;
  kind: 'province' | 'district' | 'commune' | 'department';
  children?: FakeUnit[];
}

/** An in-memory stand-in for the database: the hierarchy, the plans and what happened to them. */
export function createFakePlanActivities(root: FakeUnit) {
  const units = new Map<string, FakeUnit>();
  const visit = (u: FakeUnit) => {
    units.set(u.id, u);
    u.children?.forEach(visit);
  };
  visit(root);
  const planUnit = new Map<string, string>([[`kh-${root.id}`, root.id]]);
  const issued = new Map<string, { issue: PlanIssue; issuedAt: string }>();
  const overdue: string[] = [];
  const drafts = new Map<string, number>();

  const activities: PlanActivities = {
    async savePlanDraft({ planId, version }) {
      drafts.set(planId, version);
    },
    async issuePlan({ planId, issue, issuedAt }) {
      if (!issued.has(planId)) issued.set(planId, { issue, issuedAt });
    },
    async createSubPlans({ planId, subPlanDueOn }): Promise<SubPlan[]> {
      const unit = units.get(planUnit.get(planId)!)!;
      return (unit.children ?? []).map((child) => {
        const subPlanId = `${planId}.${child.id}`;
        planUnit.set(subPlanId, child.id);
        return { planId: subPlanId, unitId: child.id, workflowId: `plan-${subPlanId}`, dueAt: endOfVnDay(subPlanDueOn).toISOString() };
      });
    },
    async markPlanOverdue({ planId }) {
      overdue.push(planId);
    },
  };
  return { activities, issued, overdue, drafts };
}
