import type { FormDefinition, FormValues } from '@cascade/forms';
import type {
  AggregateRule,
  ApprovalStep,
  Cutoff,
  DraftApproval,
  GradeBand,
  IsoDate,
  PlanContent,
  PlanIssue,
  ReportPeriod,
  ReviewKind,
  SubPlan,
  TaskStatus,
} from '@cascade/domain';

export type { ApprovalStep, DraftApproval, PlanContent, PlanIssue, SubPlan };

/** One report round with its due date for each level below the issuer (index 0 binds level 1). */
export interface ScheduledRound {
  key: string;
  label: string;
  period: ReportPeriod | 'adhoc';
  review?: ReviewKind;
  cutoff: Cutoff;
  dueOnByLevel: IsoDate[];
  /** When the issuer's focal unit owes its consolidated report; the issuer owes none when absent. */
  consolidatedBy?: IsoDate;
  /** The round's own questions, in place of the template's report form (an ad hoc request's form). */
  form?: FormDefinition;
}

export interface Indicator {
  key: string;
  label: string;
  aggregate: AggregateRule;
  target: number | null;
}

/** The year of a plan, the same for the whole cascade; worked out from the template before the workflow starts. */
export interface PlanSchedule {
  rounds: ScheduledRound[];
  remindDaysBefore: number[];
  indicators: Indicator[];
  /** Scorecard bands for sơ kết / tổng kết; the usual four when absent. */
  gradeBands?: GradeBand[];
}

export interface PlanWorkflowInput {
  planId: string;
  unitId: string;
  year: number;
  /** 0 for the issuer, 1 for its direct subordinates, and so on down. */
  level: number;
  /** When the unit's own plan is due (ISO instant); null for the top plan. */
  dueAt: string | null;
  /** When the plan year closes and the workflow ends (ISO instant), unless the issuer's tổng kết closes it first. */
  closesAt: string;
  schedule: PlanSchedule;
  /** The unit's targets by indicator key; a sub-plan may change its own. */
  targets: Record<string, number | null>;
  /** Reviews a draft passes, in order, before the leader issues it; none when absent. */
  approvalSteps?: ApprovalStep[];
  /** Simulations only: how far the simulated calendar is ahead of the server's clock, in ms. */
  clockShiftMs?: number;
  /**
   * The activity task queue of what people and the cascade wait on (a human step's write, the sub-plans' creation
   * and starts), apart from the background work of thousands of sub-plans; the plan's own queue when absent.
   */
  stepsTaskQueue?: string;
  /** The task queue of the sub-plans that cascade no further (the root plan's); set with `stepsTaskQueue`. */
  plansTaskQueue?: string;
}

export type IndicatorValues = Record<string, number | null>;

/** A report's answers to its round's form, checked by the server against that form. */
export type ReportDetails = FormValues;

export interface ReviewInput {
  results: string;
  limitations: string;
  proposals: string;
  selfScore: number;
  commendations: string[];
}

export interface RoundProgress {
  key: string;
  dueOn: IsoDate;
  /** False for the issuer itself and for rounds handed over to a successor. */
  owed: boolean;
  status: TaskStatus;
  /** The first submission: timeliness is measured on it, whatever the returns. */
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  returnedReason: string | null;
  values: IndicatorValues | null;
  assessment: { selfScore: number | null; reviewerScore: number; grade: string } | null;
}

export interface PlanProgress {
  planId: string;
  unitId: string;
  level: number;
  phase: 'drafting' | 'returned' | 'issued';
  /** When the plan year was closed by the top plan's tổng kết; null while it runs. */
  closedAt: string | null;
  draftVersion: number;
  /** The approvals the current draft has received, in step order. */
  approvals: DraftApproval[];
  dueAt: string | null;
  issuedAt: string | null;
  status: TaskStatus;
  subPlans: SubPlan[];
  rounds: RoundProgress[];
  targets: Record<string, number | null>;
  /** Set once the unit has handed its obligations to a successor. */
  successorUnitId: string | null;
  /** Background steps (reminders, escalations, hand-overs, ad hoc forwarding) that failed for good. */
  failedSteps: { step: string; message: string; at: string }[];
}
