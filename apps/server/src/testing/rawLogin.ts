/** A sign-in over HTTP as a browser on the app's page sends it: the answer's status, message and session cookie. */
export async function postLogin(baseUrl: string, username: string, password: string, cookie?: string) {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { error?: { message: string } };
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('cascade_session='));
  return { status: response.status, message: body.error?.message ?? null, cookie: session ?? null };
}
