import { type Database, type Kysely, recordAudit, type User } from '@cascade/db';
import type { Context } from './context';

/** At most this many refusals per user per minute reach the audit log; the rest are counted in the next one written. */
const refusalsAuditedPerMinute = 10;

/** Counts refusals per user in one-minute windows, so a script probing every procedure cannot flood the audit log. */
export function createRefusalLimiter(perMinute = refusalsAuditedPerMinute) {
  const windows = new Map<string, { startedAt: number; written: number; skipped: number }>();
  return {
    /** Whether to write this refusal, and how many were skipped before it (to be written beside it). */
    admit(userId: string, now = Date.now()): { write: boolean; skippedBefore: number } {
      let window = windows.get(userId);
      if (!window || now - window.startedAt >= 60_000) {
        const skippedBefore = window?.skipped ?? 0;
        window = { startedAt: now, written: 0, skipped: 0 };
        windows.set(userId, window);
        if (windows.size > 10_000) windows.clear(); // bounded memory; losing counts only writes a few more events
        window.written = 1;
        return { write: true, skippedBefore };
      }
      if (window.written < perMinute) {
        window.written += 1;
        return { write: true, skippedBefore: 0 };
      }
      window.skipped += 1;
      return { write: false, skippedBefore: 0 };
    },
  };
}

const limiter = createRefusalLimiter();

/** A signed-in caller refused (HTTP 403): who, what and from where, in the audit log (OWASP ASVS 7.2.2). */
export async function auditRefusal(ctx: Context, path: string, message: string) {
  if (!ctx.user) return;
  const { write, skippedBefore } = limiter.admit(ctx.user.id);
  if (!write) return;
  await recordAudit(ctx.db, {
    actorUserId: ctx.user.id,
    unitId: ctx.user.unit_id,
    action: 'access.refused',
    subjectId: path,
    data: { path, message, address: ctx.clientAddress, userAgent: ctx.userAgent, skippedBefore },
    idempotencyKey: null,
  });
}

/** A refusal outside tRPC: who (the session's user, if any) was refused what, from where. */
export interface HttpRefusal {
  user: User | null;
  address: string;
  userAgent: string;
  /** The method and path refused, e.g. "POST /trpc/plans.create" or "GET /files/…". */
  path: string;
  message: string;
  reason: 'crossOrigin' | 'file' | 'document';
  origin?: string | undefined;
}

/**
 * HTTP 403s that never reach a procedure (the same-origin check, the file and document routes) in the audit log too; signed out,
 * the address stands for the actor (and is what the limit counts), so a flood from one machine writes a few only.
 */
export async function auditHttpRefusal(db: Kysely<Database>, refusal: HttpRefusal) {
  const { write, skippedBefore } = limiter.admit(refusal.user?.id ?? `address:${refusal.address}`);
  if (!write) return;
  await recordAudit(db, {
    actorUserId: refusal.user?.id ?? null,
    unitId: refusal.user?.unit_id ?? null,
    action: 'access.refused',
    subjectId: refusal.path.slice(0, 300),
    data: {
      path: refusal.path.slice(0, 300),
      message: refusal.message,
      reason: refusal.reason,
      address: refusal.address,
      userAgent: refusal.userAgent.slice(0, 300),
      ...(refusal.origin ? { origin: refusal.origin.slice(0, 300) } : {}),
      skippedBefore,
    },
    idempotencyKey: null,
  });
}
