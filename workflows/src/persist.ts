import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

/**
 * Awaits the activity that persists a human step; when it failed for good, undoes the step's change to the
 * workflow's state and refuses the update with the activity's reason, so the caller sees it and may try again.
 */
export async function persist<T>(write: Promise<T>, undo: () => void): Promise<T> {
  try {
    return await write;
  } catch (error) {
    undo();
    const cause = error instanceof ActivityFailure ? error.cause : error;
    const reason = cause instanceof ApplicationFailure ? cause.message : 'Không lưu được thao tác.';
    throw ApplicationFailure.nonRetryable(
      reason,
      cause instanceof ApplicationFailure ? (cause.type ?? 'StepFailed') : 'StepFailed',
    );
  }
}
