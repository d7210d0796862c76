import { type Database, findSessionUser, type Kysely, type User } from '@cascade/db';
import type { Client } from '@temporalio/client';
import type { LoginDefences } from './loginDefences';

export interface Context {
  db: Kysely<Database>;
  temporal: Client;
  /** Temporal's web UI and namespace: administrators see links to workflows there. */
  temporalUi: { url: string; namespace: string } | null;
  sessionId: string | null;
  user: User | null;
  /** The client's address (the proxy's X-Forwarded-For when the server trusts its proxy) and browser. */
  clientAddress: string;
  userAgent: string;
  loginDefences: LoginDefences;
  /** False while the Temporal service is known to be down (its process exited, or it stopped answering). */
  isTemporalReachable(): boolean;
  /** Sets (or, with null, clears) the session cookie on the response. */
  setSessionCookie(sessionId: string | null): void;
}

export async function createContext(input: Omit<Context, 'user'>): Promise<Context> {
  const user = input.sessionId ? ((await findSessionUser(input.db, input.sessionId)) ?? null) : null;
  return { ...input, user };
}
