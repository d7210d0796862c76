import { TRPCClientError } from '@trpc/client';

function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data = error.data as { httpStatus?: number } | undefined;
  return data?.httpStatus;
}

/** 4xx: the request itself is wrong or not allowed; asking again will not help. */
export function isClientError(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== undefined && status >= 400 && status < 500;
}

export const isUnauthorized = (error: unknown) => httpStatusOf(error) === 401;
export const isConflict = (error: unknown) => httpStatusOf(error) === 409;
export const isNotFound = (error: unknown) => httpStatusOf(error) === 404;

/** The server already speaks Vietnamese; only a failure that never reached it needs words here. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && httpStatusOf(error) !== undefined) return error.message;
  return 'Không kết nối được máy chủ. Vui lòng thử lại.';
}
