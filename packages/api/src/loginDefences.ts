import { TRPCError } from '@trpc/server';
import { createLoginThrottle } from './loginThrottle';
import { QueueFullError, WorkQueue } from './workQueue';

/**
 * The defences of the sign-in: failed tries per username and per address (counted in the database, shared by every
 * server process), and this process's password-hashing line (a queue per process, since each process has its own
 * threads and memory to protect).
 */
export function createLoginDefences() {
  return {
    throttle: createLoginThrottle(),
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
