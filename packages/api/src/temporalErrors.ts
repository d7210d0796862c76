import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TRPCError } from '@trpc/server';
import { withinUpdateDeadline } from './updateDeadline';

const startRetries = 10;

/**
 * A workflow that refuses a human step (stale, duplicate, out of order) answers CONFLICT with its reason; one that
 * has not answered by the deadline answers TIMEOUT, "chưa có kết quả".
 */
export async function asTrpcErrors<T>(action: () => Promise<T>, attempt = 0): Promise<T> {
  try {
    return await withinUpdateDeadline(action());
  } catch (error) {
    // A sub-plan's task is written just before its workflow starts: wait a moment for it.
    if (error instanceof WorkflowNotFoundError && attempt < startRetries) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return asTrpcErrors(action, attempt + 1);
    }
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      throw new TRPCError({ code: 'CONFLICT', message: error.cause.message, cause: error });
    }
    if (error instanceof WorkflowNotFoundError) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: 'Quy trình của công việc này đã kết thúc hoặc không tồn tại.',
        cause: error,
      });
    }
    throw error;
  }
}
