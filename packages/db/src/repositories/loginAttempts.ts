import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** The latest end of a lockout still running on any of the keys, or null. */
export async function findLoginLock(db: Kysely<Database>, keys: readonly string[], now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('key', 'in', [...keys])
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : null;
}

/**
 * Counts one failure in a single statement (concurrent tries on any process each count once) and returns the count;
 * failures older than `forgetBefore` with no lockout running start the count again.
 */
export async function countLoginFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  forgetBefore: Date,
): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values({ key, failures: 1, last_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when login_attempts.last_failure_at < ${forgetBefore}
          and (login_attempts.locked_until is null or login_attempts.locked_until <= ${now})
          then 1 else login_attempts.failures + 1 end`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Locks the key until then, never shortening a longer lockout another process set meanwhile. */
export async function lockLogin(db: Kysely<Database>, key: string, until: Date): Promise<Date> {
  const row = await db
    .updateTable('login_attempts')
    .set({ locked_until: sql<Date>`greatest(coalesce(locked_until, ${until}), ${until})` })
    .where('key', '=', key)
    .returning('locked_until')
    .executeTakeFirst();
  return row?.locked_until ? new Date(row.locked_until) : until;
}

export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

/** Forgets keys whose last failure is older than `before` and that are not locked now. */
export async function purgeLoginAttempts(db: Kysely<Database>, before: Date, now: Date): Promise<void> {
  await db
    .deleteFrom('login_attempts')
    .where('last_failure_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .execute();
}
