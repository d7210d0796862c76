import type { PlanContent, PlanIssue, SubPlan } from '@cascade/domain';

/** What the plan workflow asks of the outside world; packages/activities implements it against the database. */
export interface PlanActivities {
  savePlanDraft(input: { planId: string; actorId: string; title: string; content: PlanContent; version: number }): Promise<void>;
  issuePlan(input: { planId: string; actorId: string; issue: PlanIssue; issuedAt: string }): Promise<void>;
  /** Creates (idempotently) one sub-plan obligation per subordinate unit named by the template's cascade rule. */
  createSubPlans(input: { planId: string; subPlanDueOn: string }): Promise<SubPlan[]>;
  markPlanOverdue(input: { planId: string }): Promise<void>;
}
