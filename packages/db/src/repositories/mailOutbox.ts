import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Takes up to `limit` notifications whose e-mail is due, for `leaseMs`: another sender skips them meanwhile,
 * and a sender that dies leaves them to the next once the lease ends.
 */
export async function claimDueMail(
  db: Kysely<Database>,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutgoingMail[]> {
  const due = await claimDue(db, { mode: 'each', now, leaseMs, limit });
  return due.map((d) => ({ id: d.id, to: d.email, subject: d.subject, body: d.body, attempts: d.mail_attempts }));
}

export interface DigestMail {
  ids: string[];
  to: string;
  items: { subject: string; body: string }[];
  attempts: number;
}

/**
 * The daily digests due: for each user who chose them, the notifications not mailed that arrived before `dayStart`
 * (the start of today), taken for `leaseMs` like single mails; one digest per user.
 */
export async function claimDueDigests(
  db: Kysely<Database>,
  now: Date,
  dayStart: Date,
  leaseMs: number,
): Promise<DigestMail[]> {
  const due = await claimDue(db, { mode: 'digest', now, leaseMs, limit: 500, before: dayStart });
  const byUser = new Map<string, DigestMail>();
  for (const d of due) {
    const digest = byUser.get(d.user_id) ?? { ids: [], to: d.email, items: [], attempts: 0 };
    digest.ids.push(d.id);
    digest.items.push({ subject: d.subject, body: d.body });
    digest.attempts = Math.max(digest.attempts, d.mail_attempts);
    byUser.set(d.user_id, digest);
  }
  return [...byUser.values()];
}

/** The unmailed notifications of users with `mode` whose attempt is due, locked and leased in one transaction. */
function claimDue(
  db: Kysely<Database>,
  claim: { mode: 'each' | 'digest'; now: Date; leaseMs: number; limit: number; before?: Date },
) {
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.id', 'n.user_id', 'u.email', 'n.subject', 'n.body', 'n.mail_attempts'])
      .where('n.mailed_at', 'is', null)
      .where('n.mail_dead_at', 'is', null)
      .where('u.email', 'is not', null)
      .where('u.notification_email', '=', claim.mode)
      .where((eb) => eb.or([eb('n.mail_next_attempt_at', 'is', null), eb('n.mail_next_attempt_at', '<=', claim.now)]));
    if (claim.before) query = query.where('n.created_at', '<', claim.before);
    const due = await query.orderBy('n.created_at').limit(claim.limit).forUpdate('n').skipLocked().execute();
    if (due.length === 0) return [];
    await trx
      .updateTable('notifications')
      .set({ mail_next_attempt_at: new Date(claim.now.getTime() + claim.leaseMs) })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .execute();
    return due.map((d) => ({ ...d, email: d.email! }));
  });
}

export async function markMailSent(db: Kysely<Database>, id: string, at: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set((eb) => ({ mailed_at: at, mail_error: null, mail_attempts: eb('mail_attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: tried again at `retryAt`, or given up (dead letter) when `retryAt` is null. */
export async function markMailFailed(
  db: Kysely<Database>,
  id: string,
  failure: { error: string; at: Date; retryAt: Date | null },
): Promise<void> {
  await db
    .updateTable('notifications')
    .set((eb) => ({
      mail_attempts: eb('mail_attempts', '+', 1),
      mail_error: failure.error.slice(0, 1_000),
      mail_next_attempt_at: failure.retryAt,
      mail_dead_at: failure.retryAt ? null : failure.at,
    }))
    .where('id', '=', id)
    .execute();
}

/** The outbox for an administrator: what waits to go out, and the dead letters, newest first. */
export async function listMailOutbox(db: Kysely<Database>, limit = 200) {
  const [pending, dead] = await Promise.all([
    db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('n.mailed_at', 'is', null)
      .where('n.mail_dead_at', 'is', null)
      .where('u.email', 'is not', null)
      .where('u.notification_email', '!=', 'none')
      .executeTakeFirst(),
    db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.id', 'u.email', 'u.username', 'n.subject', 'n.mail_attempts', 'n.mail_error', 'n.mail_dead_at'])
      .where('n.mail_dead_at', 'is not', null)
      .orderBy('n.mail_dead_at', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return { pending: Number(pending?.count ?? 0), dead };
}

/** Dead letters an administrator sends again (after fixing an address, or once the mail server takes them). */
export async function retryDeadMail(db: Kysely<Database>, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('notifications')
    .set({ mail_dead_at: null, mail_next_attempt_at: null, mail_attempts: 0 })
    .where('id', 'in', ids)
    .where('mail_dead_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
