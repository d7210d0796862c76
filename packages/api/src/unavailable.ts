import { DatabaseBusyError, isDatabaseUnavailable } from '@cascade/db';
import { isGrpcServiceError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

export const databaseReconnecting = 'Hệ thống đang kết nối lại cơ sở dữ liệu, vui lòng thử lại sau ít giây.';
export const databaseBusy =
  'Hệ thống đang nhận quá nhiều yêu cầu cùng lúc nên chưa thực hiện yêu cầu của bạn, vui lòng thử lại sau ít giây.';
export const temporalRestarting = 'Hệ thống đang khởi động lại bộ xử lý quy trình, vui lòng thử lại sau ít giây.';
export const workflowInterrupted =
  'Thao tác bị gián đoạn do hệ thống vừa khởi động lại, vui lòng thử lại: thao tác đã gửi sẽ không bị ghi hai lần.';

// gRPC UNAVAILABLE and DEADLINE_EXCEEDED: Temporal cannot be reached or did not answer in time.
const unreachableGrpcCodes = new Set([14, 4]);

/** Whether the error, or one of the errors it was caused by, passes the test. */
function causedBy(error: unknown, test: (e: Error) => boolean, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  return test(error) || causedBy(error.cause, test, depth + 1);
}

const isDatabaseBusy = (error: unknown) => causedBy(error, (e) => e instanceof DatabaseBusyError);
const isTemporalUnreachable = (error: unknown) =>
  causedBy(error, (e) => isGrpcServiceError(e) && unreachableGrpcCodes.has(e.code));

/** What a user should be told when a request failed because a service is away, or null when it is not that. */
export function unavailabilityMessage(error: unknown): string | null {
  if (isDatabaseBusy(error)) return databaseBusy;
  if (isDatabaseUnavailable(error)) return databaseReconnecting;
  if (isTemporalUnreachable(error)) return temporalRestarting;
  // An Update that failed other than by the workflow's own refusal was lost to a restart, not refused.
  if (error instanceof WorkflowUpdateFailedError && !(error.cause instanceof ApplicationFailure))
    return workflowInterrupted;
  return null;
}
