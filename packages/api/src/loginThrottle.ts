/** How many failed sign-ins a key may have before it waits, and how long the waits grow. */
export interface ThrottlePolicy {
  freeFailures: number;
  firstLockMs: number;
  maxLockMs: number;
  /** Failures older than this are forgotten. */
  forgetAfterMs: number;
}

export const usernamePolicy: ThrottlePolicy = {
  freeFailures: 5,
  firstLockMs: 60_000,
  maxLockMs: 3_600_000,
  forgetAfterMs: 86_400_000,
};
// An office behind one NAT address shares this limit: it is looser than a username's.
export const addressPolicy: ThrottlePolicy = { ...usernamePolicy, freeFailures: 20 };

interface Record {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

/**
 * Failed sign-ins per key (a username or a client address) in this process: after the free failures, each further
 * failure locks the key for twice as long as the one before, up to the maximum.
 */
export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly maxKeys = 100_000,
  ) {}

  /** When the key may try again, or null if it may now. */
  lockedUntil(key: string, now = Date.now()): Date | null {
    const record = this.current(key, now);
    return record && record.lockedUntil > now ? new Date(record.lockedUntil) : null;
  }

  /** Counts a failure; returns the end of the lockout it starts, if it starts one. */
  recordFailure(key: string, now = Date.now()): Date | null {
    const record = this.current(key, now) ?? { failures: 0, lastFailureAt: now, lockedUntil: 0 };
    record.failures += 1;
    record.lastFailureAt = now;
    const over = record.failures - this.policy.freeFailures;
    if (over >= 0) record.lockedUntil = now + Math.min(this.policy.firstLockMs * 2 ** over, this.policy.maxLockMs);
    this.records.delete(key);
    this.records.set(key, record);
    if (this.records.size > this.maxKeys) this.forgetOldest();
    return over >= 0 ? new Date(record.lockedUntil) : null;
  }

  recordSuccess(key: string): void {
    this.records.delete(key);
  }

  private current(key: string, now: number): Record | undefined {
    const record = this.records.get(key);
    if (record && now - record.lastFailureAt > this.policy.forgetAfterMs && record.lockedUntil <= now) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private forgetOldest(): void {
    const oldest = this.records.keys().next();
    if (!oldest.done) this.records.delete(oldest.value);
  }
}
