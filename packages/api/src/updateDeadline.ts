import { TRPCError } from '@trpc/server';

let deadlineMs = 10_000;

/** How long a human step's HTTP call waits for its workflow Update before answering "đã nhận, đang xử lý". */
export function configureUpdateDeadline(ms: number): void {
  deadlineMs = ms;
}

export const stillProcessingMessage =
  'Đã nhận, đang xử lý: hệ thống chưa kịp trả kết quả. Bấm gửi lại sau ít phút để xem kết quả (thao tác không bị ' +
  'thực hiện hai lần), hoặc xem trạng thái công việc trong Hộp công việc.';

/**
 * The Update goes on after the deadline (Temporal keeps it by its id, the idempotency key); the caller is told so,
 * and the same key sent again attaches to it and returns its result.
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
