/** Who approves a step of a draft before the leader issues it: a department head (trưởng phòng) or a leader. */
export type ApproverRole = 'head' | 'leader';

export const approverRoleLabels: Record<ApproverRole, string> = {
  head: 'Trưởng phòng',
  leader: 'Lãnh đạo đơn vị',
};

/** A review the draft must pass, in order, before it can be issued (e.g. "Trưởng phòng thẩm định"). */
export interface ApprovalStep {
  key: string;
  label: string;
  role: ApproverRole;
}

export interface DraftApproval {
  stepKey: string;
  actorId: string;
  at: string;
}

/** The step the current draft waits for; null once every step has approved it. */
export function pendingApprovalStep(
  steps: readonly ApprovalStep[],
  approvals: readonly DraftApproval[],
): ApprovalStep | null {
  return steps.find((step) => !approvals.some((a) => a.stepKey === step.key)) ?? null;
}
