import { expect, it } from 'vitest';
import { createRefusalLimiter } from './refusalAudit';

it('writes at most the limit per user per minute, and counts the skipped ones in the next window’s first event', () => {
  const limiter = createRefusalLimiter(3);
  const at = (ms: number) => limiter.admit('gl.chuyenvien', 1_000_000 + ms);
  expect([at(0), at(1), at(2), at(3), at(4)].map((r) => r.write)).toEqual([true, true, true, false, false]);
  expect(limiter.admit('gl.lanhdao', 1_000_010).write).toBe(true);
  expect(at(60_000)).toEqual({ write: true, skippedBefore: 2 });
  expect(at(60_001)).toEqual({ write: true, skippedBefore: 0 });
});
