import { pendingApprovalStep } from '@cascade/domain';
import { useState } from 'react';
import type { CurrentUser } from '../session';
import { ApprovalStepCard } from './ApprovalStepCard';
import { PlanIssueForm } from './PlanIssueForm';
import { ReturnDraftForm } from './ReturnDraftForm';
import type { TaskDetails } from './taskDetails';

/** The draft passes the template's approval steps in order; then the leader issues it. Any approver may return it with a reason; the officer sees where it stands. */
export function PlanApproval({
  taskId,
  plan,
  user,
}: {
  taskId: string;
  plan: NonNullable<TaskDetails['plan']>;
  user: CurrentUser;
}) {
  const [isReturning, setReturning] = useState(false);
  const pending = pendingApprovalStep(plan.approvalSteps, plan.approvals);
  const onReturnDraft = isReturning ? undefined : () => setReturning(true);
  const canAct = pending ? user.roles.includes(pending.role) : user.roles.includes('leader');
  return (
    <>
      {plan.approvalSteps.length > 0 && (
        <ApprovalStepCard
          taskId={taskId}
          draftVersion={plan.draftVersion}
          steps={plan.approvalSteps}
          approvals={plan.approvals}
          pending={pending}
          canAct={canAct}
          onReturnDraft={onReturnDraft}
        />
      )}
      {!pending && canAct && (
        <PlanIssueForm
          taskId={taskId}
          draftVersion={plan.draftVersion}
          focalCandidates={plan.focalCandidates}
          indicators={plan.indicators}
          imported={plan.importedIssue}
          subordinateLeadDays={plan.focalCandidates.length > 0 ? plan.subordinateLeadDays : null}
          onReturnDraft={onReturnDraft}
        />
      )}
      {isReturning && (
        <ReturnDraftForm taskId={taskId} draftVersion={plan.draftVersion} onCancel={() => setReturning(false)} />
      )}
    </>
  );
}
