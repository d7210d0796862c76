import type { PlanContent, PlanIssue, SubPlan } from '@cascade/domain';
import type { SearchAttributePair } from '@temporalio/common';
import type { IndicatorValues, PlanSchedule, PlanWorkflowInput, ReportDetails, ReviewInput } from './types';

/** One sub-plan's workflow to start: its id, its input and, where the server has them, its search attributes. */
export interface SubPlanStart {
  workflowId: string;
  /** Its own task queue (a sub-plan that cascades again runs on the steps queue); the one of the call when absent. */
  taskQueue?: string;
  input: PlanWorkflowInput;
  searchAttributes?: SearchAttributePair[];
}

export interface ObligationRef {
  planId: string;
  unitId: string;
  /** null for the sub-plan itself, a round key for a report. */
  roundKey: string | null;
}

/** What the plan workflow asks of the outside world; packages/activities implements it against the database. */
/** A report as stored: the time and timeliness its sender is told (a workflow started before it was kept gets none). */
export interface StoredReport {
  submittedAt: string;
  onTime: boolean;
}

export interface PlanActivities {
  /** Puts the plan in its unit's inbox, once the workflow that takes its actions is running. */
  openPlanTask(input: { planId: string; dueAt: string | null }): Promise<void>;
  savePlanDraft(input: {
    planId: string;
    actorId: string;
    title: string;
    content: PlanContent;
    version: number;
  }): Promise<void>;
  approvePlanDraft(input: {
    planId: string;
    actorId: string;
    version: number;
    stepKey: string;
    at: string;
  }): Promise<void>;
  returnPlanDraft(input: {
    planId: string;
    actorId: string;
    version: number;
    reason: string;
    at: string;
  }): Promise<void>;
  issuePlan(input: {
    planId: string;
    actorId: string;
    issue: PlanIssue;
    issuedAt: string;
    targets: Record<string, number | null>;
    schedule?: PlanSchedule;
    /** The Update that issues it (the leader's idempotency key): a resend of it is answered from the database. */
    updateId?: string;
  }): Promise<void>;
  /** Creates (idempotently) one sub-plan obligation per subordinate unit named by the template's cascade rule. */
  createSubPlans(input: { planId: string; subPlanDueOn: string; at: string }): Promise<SubPlan[]>;
  /** Starts the sub-plans' plan workflows on the task queue, all together (idempotent: a started one is left alone). */
  startSubPlanWorkflows(input: { taskQueue: string; starts: SubPlanStart[] }): Promise<void>;
  /** Opens the unit's report tasks for rounds it owes (idempotent). */
  openReportTasks(input: { planId: string; unitId: string; rounds: { key: string; dueOn: string }[] }): Promise<void>;
  recordReport(
    input: ObligationRef & {
      actorId: string;
      values: IndicatorValues;
      narrative: string;
      review?: ReviewInput;
      details: ReportDetails;
      submittedAt: string;
      onTime: boolean;
      /** The Update that sent it: a write repeated under the same id stores nothing and answers with the first. */
      updateId?: string;
    },
  ): Promise<StoredReport>;
  returnReport(input: ObligationRef & { actorId: string; reason: string; at: string }): Promise<void>;
  /** The successor's staff now see and act on the unit's open obligations; rounds from `effectiveOn` are no longer owed. */
  handOverObligations(input: {
    planId: string;
    unitId: string;
    successorUnitId: string;
    effectiveOn: string;
    droppedRoundKeys: string[];
  }): Promise<void>;
  recordAssessment(
    input: ObligationRef & { actorId: string; selfScore: number | null; reviewerScore: number; grade: string },
  ): Promise<void>;
  /** The plan year is over: the plan is closed, and what is still open is closed unfinished (idempotent). */
  closePlanYear(input: { planId: string; at: string }): Promise<void>;
  /** Reminds a unit that has not submitted yet. */
  sendReminder(input: ObligationRef & { dueOn: string; on: string }): Promise<void>;
  /** At the deadline: the task is overdue, and the unit's leader and the supervisor are told. */
  escalateOverdue(input: ObligationRef & { dueOn: string; at: string }): Promise<void>;
}
