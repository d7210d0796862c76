import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, User } from '../schema';

/** A session ends 12 hours after sign-in, or after 30 minutes without a request (OWASP ASVS 3.3.2, level 2). */
export const sessionLifetime = { absoluteMs: 12 * 3_600_000, idleMs: 30 * 60_000 };
// Writing last_seen_at on every request would make each read a write: a minute's precision is enough.
const touchEveryMs = 60_000;

export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

export interface SessionOrigin {
  address: string;
  userAgent: string;
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  origin: SessionOrigin,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSessionId(id),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + sessionLifetime.absoluteMs),
      address: origin.address.slice(0, 100),
      user_agent: origin.userAgent.slice(0, 300),
    })
    .execute();
  return id;
}

/** The user of a live session (neither idle too long nor past its end), marking it as seen unless told not to. */
export async function findSessionUser(
  db: Kysely<Database>,
  sessionId: string,
  now = new Date(),
  markSeen = true,
): Promise<User | undefined> {
  const idHash = hashSessionId(sessionId);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select('sessions.last_seen_at as session_seen_at')
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>', new Date(now.getTime() - sessionLifetime.idleMs))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_seen_at: seenAt, ...user } = row;
  if (markSeen && now.getTime() - new Date(seenAt).getTime() > touchEveryMs)
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  return user;
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSessionId(sessionId)).execute();
}

/** Ends every session of a user at once (logout everywhere, disabled, password reset); returns how many ended. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function purgeExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', new Date(now.getTime() - sessionLifetime.idleMs))]),
    )
    .execute();
}

/** A user's live sessions, newest first; `key` names one without revealing it (a prefix of its hash). */
export async function listUserSessions(db: Kysely<Database>, userId: string, now = new Date()) {
  const rows = await db
    .selectFrom('sessions')
    .select(['id_hash', 'created_at', 'last_seen_at', 'expires_at', 'address', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - sessionLifetime.idleMs))
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    key: r.id_hash.slice(0, 16),
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    address: r.address,
    userAgent: r.user_agent,
  }));
}

/** Ends one of a user's sessions, named by its `key` (listUserSessions); another user's session is never matched. */
export async function deleteUserSessionByKey(db: Kysely<Database>, userId: string, key: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id_hash', 'like', `${key}%`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of a user but the one given (the browser asking). */
export async function deleteOtherUserSessions(db: Kysely<Database>, userId: string, keepSessionId: string) {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id_hash', '!=', hashSessionId(keepSessionId))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
