import {
  clearLoginFailures,
  countLoginFailure,
  type Database,
  findLoginLock,
  type Kysely,
  lockLogin,
  purgeLoginAttempts,
} from '@cascade/db';

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

/** After the free failures, each further failure locks the key twice as long as the one before, up to the maximum. */
export function lockEndAfter(failures: number, policy: ThrottlePolicy, now: Date): Date | null {
  const over = failures - policy.freeFailures;
  if (over < 0) return null;
  return new Date(now.getTime() + Math.min(policy.firstLockMs * 2 ** over, policy.maxLockMs));
}

const usernameKey = (username: string) => `username:${username.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Failed sign-ins per username and per client address, counted in the database so that every server process sees
 * the same counts and lockouts (in memory, N processes would give an attacker N times the tries).
 */
export function createLoginThrottle(byUsername = usernamePolicy, byAddress = addressPolicy) {
  const count = async (db: Kysely<Database>, key: string, policy: ThrottlePolicy, now: Date) => {
    const failures = await countLoginFailure(db, key, now, new Date(now.getTime() - policy.forgetAfterMs));
    const end = lockEndAfter(failures, policy, now);
    return end ? lockLogin(db, key, end) : null;
  };
  return {
    /** When this username or address may try again, or null if it may now. */
    lockedUntil: (db: Kysely<Database>, username: string, address: string, now = new Date()) =>
      findLoginLock(db, [usernameKey(username), addressKey(address)], now),

    /** Counts a failure against both; returns the end of the longest lockout running after it, if any. */
    async recordFailure(db: Kysely<Database>, username: string, address: string, now = new Date()) {
      const ends = [
        await count(db, usernameKey(username), byUsername, now),
        await count(db, addressKey(address), byAddress, now),
      ].filter((d) => d !== null);
      return ends.sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    },

    /** A success clears the username's count (not the address's: one good account must not unlock a guessing NAT). */
    async recordSuccess(db: Kysely<Database>, username: string, now = new Date()) {
      await clearLoginFailures(db, usernameKey(username));
      await purgeLoginAttempts(db, new Date(now.getTime() - byUsername.forgetAfterMs), now);
    },
  };
}
