import {
  claimDueDigests,
  claimDueMail,
  type Database,
  type DigestMail,
  type Kysely,
  markMailFailed,
  markMailSent,
} from '@cascade/db';
import { vnDateOf, vnInstant } from '@cascade/domain';
import type { Mail, Mailer } from './notifier';

export const mailOutboxPolicy = {
  /** Tries per notification before it becomes a dead letter. */
  maxAttempts: 8,
  firstRetryMs: 60_000,
  maxRetryMs: 60 * 60_000,
  /** How long a sender holds the mail it took; a sender that dies leaves it to the next after this. */
  leaseMs: 30_000,
  batch: 20,
};

/** SMTP's 5xx replies are permanent: the same message to the same address is refused again. */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function retryDelayMs(attempts: number, policy = mailOutboxPolicy): number {
  return Math.min(policy.firstRetryMs * 2 ** (attempts - 1), policy.maxRetryMs);
}

type Outcome = { sent: number; failed: number; dead: number };

/** One e-mail for the notifications `ids`: all sent, or all retried later with backoff (or kept as dead letters). */
async function sendOne(
  db: Kysely<Database>,
  mailer: Mailer,
  mail: Mail & { ids: string[]; attempts: number },
  { now, policy, outcome }: { now: Date; policy: typeof mailOutboxPolicy; outcome: Outcome },
) {
  try {
    await mailer.send(mail);
  } catch (error) {
    const attempts = mail.attempts + 1;
    const giveUp = isPermanentRefusal(error) || attempts >= policy.maxAttempts;
    const retryAt = giveUp ? null : new Date(now.getTime() + retryDelayMs(attempts, policy));
    for (const id of mail.ids)
      await markMailFailed(db, id, { error: (error as Error).message ?? String(error), at: now, retryAt });
    outcome[giveUp ? 'dead' : 'failed']++;
    return;
  }
  for (const id of mail.ids) await markMailSent(db, id, new Date());
  outcome.sent++;
}

/** A daily digest: yesterday's (and older) notifications of a user who chose one e-mail a day. */
function digestMail(digest: DigestMail): Mail {
  const lines = digest.items.map((item) => `- ${item.subject}${item.body ? `\n  ${item.body}` : ''}`);
  return {
    to: digest.to,
    subject: `Cascade — tổng hợp thông báo: ${digest.items.length} thông báo`,
    body: `Các thông báo trong ngày của bạn:\n\n${lines.join('\n')}`,
  };
}

/** Sends what is due from the outbox once; a refusal is retried later with backoff or kept as a dead letter. */
export async function drainMailOutbox(
  db: Kysely<Database>,
  mailer: Mailer,
  now = new Date(),
  policy = mailOutboxPolicy,
): Promise<Outcome> {
  const outcome = { sent: 0, failed: 0, dead: 0 };
  const context = { now, policy, outcome };
  for (const mail of await claimDueMail(db, now, policy.leaseMs, policy.batch))
    await sendOne(db, mailer, { ...mail, ids: [mail.id] }, context);
  const dayStart = vnInstant(vnDateOf(now));
  for (const digest of await claimDueDigests(db, now, dayStart, policy.leaseMs))
    await sendOne(db, mailer, { ...digestMail(digest), ids: digest.ids, attempts: digest.attempts }, context);
  return outcome;
}

/**
 * Drains the outbox every `intervalMs`, apart from the workflows: a mail server that refuses or is away never holds
 * up a submission, an escalation or the close of the year. Stops when `stop()` is called.
 */
export function startMailOutbox(db: Kysely<Database>, mailer: Mailer, intervalMs = 2_000): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = drainUntilEmpty()
      .catch((error: unknown) => console.error('[mail] the outbox could not be drained:', (error as Error).message))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  const drainUntilEmpty = async () => {
    while (!stopped) {
      const { sent, failed, dead } = await drainMailOutbox(db, mailer);
      if (sent + failed + dead < mailOutboxPolicy.batch) return;
    }
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
