import { createSession, type Database, deleteUserSessions, type Kysely } from '@cascade/db';
import type { Context } from './context';

/**
 * Ends every session of a user and, when the user is the caller, opens a fresh one for this browser: after a change of
 * password or rights an id issued before (on another device, or stolen) opens nothing (OWASP ASVS 3.2.1, 3.3.3).
 * Returns the new id for the caller, to be set as the cookie once the transaction has committed.
 */
export async function rotateSessions(db: Kysely<Database>, ctx: Context, userId: string): Promise<string | null> {
  await deleteUserSessions(db, userId);
  if (ctx.user?.id !== userId) return null;
  return createSession(db, userId, { address: ctx.clientAddress, userAgent: ctx.userAgent });
}
