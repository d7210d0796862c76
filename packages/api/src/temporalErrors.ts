import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TRPCError } from '@trpc/server';

/** A workflow that refuses a human step (stale, duplicate, out of order) answers CONFLICT with its reason. */
export async function asTrpcErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      throw new TRPCError({ code: 'CONFLICT', message: error.cause.message, cause: error });
    }
    if (error instanceof WorkflowNotFoundError) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'Quy trình của công việc này đã kết thúc hoặc không tồn tại.', cause: error });
    }
    throw error;
  }
}
