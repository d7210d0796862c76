import { useState } from 'react';
import { PlanIssueForm } from './PlanIssueForm';
import { ReturnDraftForm } from './ReturnDraftForm';

/** The leader either issues the saved draft or returns it to the officer with a reason. */
export function PlanApproval({ taskId, draftVersion }: { taskId: string; draftVersion: number }) {
  const [isReturning, setReturning] = useState(false);
  return (
    <>
      <PlanIssueForm taskId={taskId} draftVersion={draftVersion} onReturnDraft={isReturning ? undefined : () => setReturning(true)} />
      {isReturning && <ReturnDraftForm taskId={taskId} draftVersion={draftVersion} onCancel={() => setReturning(false)} />}
    </>
  );
}
