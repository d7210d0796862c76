import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  IndicatorValues,
  PlanContent,
  PlanIssue,
  PlanProgress,
  PlanSchedule,
  ReportDetails,
  ReviewInput,
  ScheduledRound,
} from './types';

export const taskQueue = 'cascade';
/** Served by every worker beside `taskQueue`: a human step's write is never queued behind a national cascade's. */
export const stepsTaskQueue = 'cascade-steps';

export interface SaveDraftInput {
  actorId: string;
  /** The draft version the officer edited; an older one is stale. */
  baseVersion: number;
  title: string;
  content: PlanContent;
}

export interface IssuePlanInput {
  actorId: string;
  /** The draft version the leader approved for issuing. */
  draftVersion: number;
  issue: PlanIssue;
  /** Targets handed down to the sub-plans; the unit's own when absent. */
  targets?: Record<string, number | null>;
  /** The schedule handed down to the sub-plans when the unit set its own lead time; the unit's own when absent. */
  schedule?: PlanSchedule;
}

export interface ApproveDraftInput {
  actorId: string;
  draftVersion: number;
  /** The step approved; it must be the one the draft waits for. */
  stepKey: string;
}

export interface ReturnDraftInput {
  actorId: string;
  draftVersion: number;
  reason: string;
}

export interface SubmitReportInput {
  actorId: string;
  roundKey: string;
  values: IndicatorValues;
  narrative: string;
  review?: ReviewInput;
  details: ReportDetails;
}

export interface ReturnReportInput {
  actorId: string;
  roundKey: string;
  reason: string;
}

export interface AssessReportInput {
  actorId: string;
  roundKey: string;
  /** The reviewing unit's score out of 100, after the unit's own self-assessment. */
  reviewerScore: number;
}

export const saveDraftUpdate = defineUpdate<{ version: number }, [SaveDraftInput]>('saveDraft');
export const approveDraftUpdate = defineUpdate<{ approvedAt: string }, [ApproveDraftInput]>('approveDraft');
export const returnDraftUpdate = defineUpdate<{ returnedAt: string }, [ReturnDraftInput]>('returnDraft');
export const issuePlanUpdate = defineUpdate<{ issuedAt: string }, [IssuePlanInput]>('issuePlan');
export const submitReportUpdate = defineUpdate<{ submittedAt: string; status: 'onTime' | 'late' }, [SubmitReportInput]>(
  'submitReport',
);
export const returnReportUpdate = defineUpdate<{ returnedAt: string }, [ReturnReportInput]>('returnReport');
export const assessReportUpdate = defineUpdate<{ grade: string }, [AssessReportInput]>('assessReport');
/** An unscheduled report (báo cáo đột xuất) for this unit's subtree; forwarded down the cascade. */
export const adhocRoundSignal = defineSignal<[ScheduledRound]>('adhocRound');
export interface HandOverInput {
  successorUnitId: string;
  /** From this day the unit no longer exists: later rounds are the successor's alone. */
  effectiveOn: string;
}

/** The unit was merged into (or split to) a successor: its open obligations go to the successor. */
export const handOverSignal = defineSignal<[HandOverInput]>('handOver');
/** The top plan's tổng kết closed the plan year: every plan below stops and closes what is still open. */
export const closeYearSignal = defineSignal<[{ at: string }]>('closeYear');
export const progressQuery = defineQuery<PlanProgress>('progress');
