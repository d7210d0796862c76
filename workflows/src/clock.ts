import { condition } from '@temporalio/workflow';

/** Workflow time, shifted for simulations of past years (the test server's clock starts at the real now). */
export function createClock(shiftMs = 0) {
  const now = () => Date.now() + shiftMs;
  return {
    now,
    nowIso: () => new Date(now()).toISOString(),
    /** Waits until `at` or until `done()`; true when done first. */
    async waitUntil(at: number, done: () => boolean): Promise<boolean> {
      const ms = at - now();
      if (done() || ms <= 0) return done();
      return condition(done, ms);
    },
  };
}

export type Clock = ReturnType<typeof createClock>;
