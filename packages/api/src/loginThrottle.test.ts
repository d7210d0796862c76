import { expect, it } from 'vitest';
import { LoginThrottle } from './loginThrottle';

const policy = { freeFailures: 3, firstLockMs: 1_000, maxLockMs: 5_000, forgetAfterMs: 60_000 };

it('locks after the free failures, doubling each time up to the maximum, and forgets after a while', () => {
  const throttle = new LoginThrottle(policy);
  expect([throttle.recordFailure('a', 0), throttle.recordFailure('a', 0)]).toEqual([null, null]);
  expect(throttle.lockedUntil('a', 0)).toBeNull();
  expect(throttle.recordFailure('a', 0)).toEqual(new Date(1_000));
  expect(throttle.lockedUntil('a', 999)).toEqual(new Date(1_000));
  expect(throttle.lockedUntil('a', 1_000)).toBeNull();
  expect(throttle.recordFailure('a', 1_000)).toEqual(new Date(3_000));
  expect(throttle.recordFailure('a', 3_000)).toEqual(new Date(7_000));
  expect(throttle.recordFailure('a', 7_000)).toEqual(new Date(12_000));
  expect(throttle.lockedUntil('b', 7_000)).toBeNull();
  expect(throttle.recordFailure('a', 12_000 + 60_001)).toBeNull();
});

it('a success clears the count; the table never outgrows its bound', () => {
  const throttle = new LoginThrottle(policy, 2);
  throttle.recordFailure('a', 0);
  throttle.recordFailure('a', 0);
  throttle.recordSuccess('a');
  expect(throttle.recordFailure('a', 0)).toBeNull();
  throttle.recordFailure('b', 0);
  throttle.recordFailure('c', 0);
  throttle.recordFailure('a', 0);
  throttle.recordFailure('a', 0);
  expect(throttle.lockedUntil('a', 0)).toBeNull();
});
