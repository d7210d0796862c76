import type { AppRouter } from '@cascade/api';
import { demoPassword } from '@cascade/db/seed';
import { createTRPCClient, httpLink } from '@trpc/client';

/** The session cookie of a demo user, logged in through the login procedure (from the app's own origin). */
export async function sessionCookieOf(baseUrl: string, username: string, password = demoPassword) {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A tRPC client over real HTTP, logged in as a demo user through the login procedure and its cookie. */
export async function loginAs(baseUrl: string, username: string, password = demoPassword) {
  const cookie = await sessionCookieOf(baseUrl, username, password);
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, headers: { cookie, origin: baseUrl } })],
  });
}

export const anonymous = (baseUrl: string) =>
  createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, headers: { origin: baseUrl } })] });
