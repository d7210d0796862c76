import type { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { unavailabilityMessage } from './unavailable';

const internalError =
  'Hệ thống gặp lỗi khi xử lý yêu cầu, vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị hệ thống.';
// Codes tRPC itself raises with English messages (our own procedures never use these; TIMEOUT is our own: see
// updateDeadline.ts).
const protocolMessages: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'Yêu cầu gửi lên không đọc được, vui lòng tải lại trang rồi thử lại.',
  METHOD_NOT_SUPPORTED: 'Yêu cầu không đúng cách gửi, vui lòng tải lại trang rồi thử lại.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn, vui lòng bớt tệp đính kèm rồi thử lại.',
};
const unknownProcedure = 'Không có chức năng này, vui lòng tải lại trang (có thể ứng dụng vừa được cập nhật).';

export interface UserError {
  code: TRPC_ERROR_CODE_KEY;
  message: string;
}

/** The code and Vietnamese message a user sees for an error; null keeps the procedure's own (already Vietnamese). */
export function userErrorOf(error: TRPCError): UserError | null {
  const unavailable = unavailabilityMessage(error.cause);
  if (unavailable) return { code: 'SERVICE_UNAVAILABLE', message: unavailable };
  if (error.code === 'INTERNAL_SERVER_ERROR') return { code: error.code, message: internalError };
  if (error.code === 'NOT_FOUND' && error.message.startsWith('No procedure found'))
    return { code: error.code, message: unknownProcedure };
  const protocol = protocolMessages[error.code];
  return protocol ? { code: error.code, message: protocol } : null;
}
