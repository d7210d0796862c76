import { useState } from 'react';
import { type FocalCandidate, PlanIssueForm } from './PlanIssueForm';
import { ReturnDraftForm } from './ReturnDraftForm';

/** The leader either issues the saved draft or returns it to the officer with a reason. */
export function PlanApproval({ taskId, draftVersion, focalCandidates }: { taskId: string; draftVersion: number; focalCandidates: FocalCandidate[] }) {
  const [isReturning, setReturning] = useState(false);
  return (
    <>
      <PlanIssueForm taskId={taskId} draftVersion={draftVersion} focalCandidates={focalCandidates} onReturnDraft={isReturning ? undefined : () => setReturning(true)} />
      {isReturning && <ReturnDraftForm taskId={taskId} draftVersion={draftVersion} onCancel={() => setReturning(false)} />}
    </>
  );
}
