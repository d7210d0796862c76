import { z } from 'zod';

/** One per user action, reused when that action is retried: the workflow's update id. */
export const idempotencyKey = z.string().min(8, 'Thiếu khóa chống trùng lặp (idempotencyKey)').max(100);
