import type { PlanContent, PlanIssue, SubPlan, TaskStatus } from '@cascade/domain';

export type { PlanContent, PlanIssue, SubPlan };

export interface PlanWorkflowInput {
  planId: string;
  unitId: string;
  year: number;
  /** When the unit's own plan is due (ISO instant); null for the top plan. */
  dueAt: string | null;
  /** When the plan year closes and the workflow ends (ISO instant). */
  closesAt: string;
}

export interface PlanProgress {
  planId: string;
  unitId: string;
  phase: 'drafting' | 'issued';
  draftVersion: number;
  dueAt: string | null;
  issuedAt: string | null;
  status: TaskStatus;
  subPlans: SubPlan[];
}
