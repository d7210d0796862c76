import { TRPCError } from '@trpc/server';
import { addressPolicy, LoginThrottle, usernamePolicy } from './loginThrottle';
import { QueueFullError, WorkQueue } from './workQueue';

/** One server's defences of the sign-in: failed tries per username and per address, and the password-hashing line. */
export function createLoginDefences() {
  return {
    byUsername: new LoginThrottle(usernamePolicy),
    byAddress: new LoginThrottle(addressPolicy),
    // Each hash takes 32 MiB and one of libuv's four threads: two at once leaves room for the rest of the server.
    hashing: new WorkQueue(2, 16),
  };
}

export type LoginDefences = ReturnType<typeof createLoginDefences>;

const timeOfDay = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function lockedOut(until: Date, now = new Date()): TRPCError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message:
      `Đăng nhập sai quá nhiều lần: tạm khoá đăng nhập đến ${timeOfDay.format(until)} (khoảng ${minutes} phút nữa). ` +
      'Vui lòng thử lại sau thời điểm đó, hoặc liên hệ quản trị viên nếu quên mật khẩu.',
  });
}

export async function withinHashingLimit<T>(defences: LoginDefences, job: () => Promise<T>): Promise<T> {
  try {
    return await defences.hashing.run(job);
  } catch (error) {
    if (!(error instanceof QueueFullError)) throw error;
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: 'Máy chủ đang bận xử lý nhiều lượt đăng nhập. Vui lòng thử lại sau ít giây.',
    });
  }
}
