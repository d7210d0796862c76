import { TRPCError } from '@trpc/server';

let deadlineMs = 10_000;

/** How long a human step's HTTP call waits for its workflow Update before answering "chưa có kết quả" (408). */
export function configureUpdateDeadline(ms: number): void {
  deadlineMs = ms;
}

export const stillProcessingMessage =
  'Chưa có kết quả: hệ thống đang bận, chưa xác nhận đã lưu. Hãy bấm gửi lại sau ít phút cho đến khi thấy kết quả ' +
  '(thao tác không bị thực hiện hai lần), hoặc xem trạng thái công việc trong Hộp công việc.';

/**
 * The Update may go on after the deadline, but until a worker has accepted it Temporal may drop it (it is not yet in
 * the history): so the caller is told nothing is confirmed yet and to send again. The same key attaches to the Update
 * still running, or runs it anew if it was dropped; either way the step is applied once.
 */
export function withinUpdateDeadline<T>(update: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TRPCError({ code: 'TIMEOUT', message: stillProcessingMessage })), deadlineMs);
  });
  // What the Update says after the deadline is for the caller's next try; here it must not go unhandled.
  update.catch(() => undefined);
  return Promise.race([update, deadline]).finally(() => clearTimeout(timer));
}
