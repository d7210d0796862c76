import { claimDueMail, type Database, type Kysely, markMailFailed, markMailSent } from '@cascade/db';
import type { Mailer } from './notifier';

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

/** Sends what is due from the outbox once; a refusal is retried later with backoff or kept as a dead letter. */
export async function drainMailOutbox(
  db: Kysely<Database>,
  mailer: Mailer,
  now = new Date(),
  policy = mailOutboxPolicy,
): Promise<{ sent: number; failed: number; dead: number }> {
  const outcome = { sent: 0, failed: 0, dead: 0 };
  for (const mail of await claimDueMail(db, now, policy.leaseMs, policy.batch)) {
    try {
      await mailer.send(mail);
    } catch (error) {
      const attempts = mail.attempts + 1;
      const giveUp = isPermanentRefusal(error) || attempts >= policy.maxAttempts;
      const retryAt = giveUp ? null : new Date(now.getTime() + retryDelayMs(attempts, policy));
      await markMailFailed(db, mail.id, { error: (error as Error).message ?? String(error), at: now, retryAt });
      outcome[giveUp ? 'dead' : 'failed']++;
      continue;
    }
    await markMailSent(db, mail.id, new Date());
    outcome.sent++;
  }
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
