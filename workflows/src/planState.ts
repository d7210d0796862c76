import type { DraftApproval, PlanIssue, SubPlan } from '@cascade/domain';
import { ApplicationFailure } from '@temporalio/workflow';
import type { ObligationRef, PlanActivities } from './activities';
import type { Clock } from './clock';
import type { RoundState } from './rounds';
import type { PlanProgress, PlanSchedule, PlanWorkflowInput } from './types';

/** What a plan workflow knows: the handlers change it, the progress query reads it. */
export function createPlanState() {
  return {
    phase: 'drafting' as PlanProgress['phase'],
    draftVersion: 0,
    approvals: [] as DraftApproval[],
    issuing: false,
    issued: null as { issuedAt: string; issue: PlanIssue; targets: Record<string, number | null> } | null,
    subPlans: [] as SubPlan[],
    rounds: new Map<string, RoundState>(),
    successorUnitId: null as string | null,
    closedAt: null as string | null,
    /** Steps that failed for good (no retry could fix them); the year went on without them. */
    failedSteps: [] as { step: string; message: string; at: string }[],
  };
}

export type PlanState = ReturnType<typeof createPlanState>;

/** What the update handlers of one plan workflow share. */
export interface PlanContext {
  input: PlanWorkflowInput;
  state: PlanState;
  schedule: PlanSchedule;
  clock: Clock;
  activities: PlanActivities;
  /** The activities a human step's Update waits on (see `stepActivitiesOn`). */
  steps: PlanActivities;
  ref(roundKey: string | null): ObligationRef;
}

/** An update refused with its reason in Vietnamese; the type names the rule for callers that map it. */
export function reject(message: string, type: string): never {
  throw ApplicationFailure.nonRetryable(message, type);
}

export function rejectWhenClosed(state: PlanState): void {
  if (state.closedAt !== null) reject('Năm kế hoạch đã kết thúc (đã tổng kết).', 'YearClosed');
}
