import type { AppRouter } from '@cascade/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import { demoPassword } from './browser';

/** A tRPC client over HTTP logged in as a demo user, for what the web app has no page for yet. */
export async function loginAs(baseUrl: string, username: string) {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, headers: { cookie } })] });
}
