import type { AppRouter } from '@cascade/api';
import { demoPassword } from '@cascade/db/seed';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A user whose page shows no answer for half a minute presses the button again (same action, same key).
const requestTimeoutMs = 30_000;
const giveUpAfterMs = 240_000;

/** Refused for good (the request itself is wrong): asking again would not help, so it is a failure of the test. */
function isRefusal(error: unknown) {
  if (!(error instanceof TRPCClientError)) return false;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * Sends an action until it is acknowledged, as the web app's user does: the same idempotency key on every try, until
 * `giveUpMs` have passed.
 */
export async function untilAcknowledged<T>(
  send: () => Promise<T>,
  giveUpMs = giveUpAfterMs,
): Promise<{ result: T; at: number; tries: number }> {
  const started = Date.now();
  for (let tries = 1; ; tries++) {
    try {
      return { result: await send(), at: Date.now(), tries };
    } catch (error) {
      if (isRefusal(error) || Date.now() - started > giveUpMs) throw error;
      await pause(500 + Math.random() * 500);
    }
  }
}

/** A real session: the login procedure and its cookie, kept across server restarts (sessions live in the database). */
export async function session(baseUrl: string, username: string) {
  const { result: cookie } = await untilAcknowledged(async () => {
    const response = await fetch(`${baseUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ username, password: demoPassword }),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    if (!response.ok) throw new Error(`login as ${username}: ${response.status}`);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  });
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        headers: { cookie, origin: baseUrl },
        fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) }),
      }),
    ],
  });
}

export type Session = Awaited<ReturnType<typeof session>>;
