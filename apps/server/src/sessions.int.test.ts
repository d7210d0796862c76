import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { demoPassword } from '@cascade/db/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpServer } from './http';
import { postLogin } from './testing/rawLogin';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

async function call(path: string, cookie: string | null, init: { body?: unknown; origin?: string | null } = {}) {
  const isMutation = init.body !== undefined;
  const origin = init.origin === undefined ? app.url : init.origin;
  const response = await fetch(`${app.url}/trpc/${path}`, {
    method: isMutation ? 'POST' : 'GET',
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(origin ? { origin } : {}),
      ...(isMutation ? { 'content-type': 'application/json' } : {}),
    },
    ...(isMutation ? { body: JSON.stringify(init.body) } : {}),
  });
  const json = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
  return { status: response.status, data: json.result?.data, message: json.error?.message };
}

async function signIn(username: string, cookie?: string) {
  const { cookie: session } = await postLogin(app.url, username, demoPassword, cookie);
  if (!session) throw new Error(`no session for ${username}`);
  return session;
}
const me = async (cookie: string) => (await call('auth.me', cookie)).data as { username: string } | null;
const sessionRows = () => app.db.selectFrom('sessions').selectAll().execute();

it('stores only the hash of a session id, and a new id at every sign-in', async () => {
  const first = await signIn('gl.chuyenvien');
  const id = first.split('=')[1] ?? '';
  const rows = await sessionRows();
  expect(rows.map((r) => r.id_hash)).toEqual([createHash('sha256').update(id).digest('hex')]);
  expect(JSON.stringify(rows)).not.toContain(id);

  // Signing in again from the same browser replaces the session: the old id opens nothing.
  const second = await signIn('gl.chuyenvien', first);
  expect(second).not.toBe(first);
  expect(await me(first)).toBeNull();
  expect((await me(second))?.username).toBe('gl.chuyenvien');
  await call('auth.logout', second, { body: {} });
});

it('lists one’s sessions; idle and expired sessions open nothing and are purged; logout everywhere', async () => {
  const laptop = await signIn('gl.lanhdao');
  const phone = await signIn('gl.lanhdao');
  const list = (await call('auth.sessions', phone)).data as { isCurrent: boolean; address: string }[];
  expect(list).toHaveLength(2);
  expect(list.filter((s) => s.isCurrent)).toHaveLength(1);
  expect(list[0]?.address).toBe('127.0.0.1');

  const idle = await signIn('gl.lanhdao');
  const old = await signIn('gl.lanhdao');
  const hashOf = (cookie: string) =>
    createHash('sha256')
      .update(cookie.split('=')[1] ?? '')
      .digest('hex');
  const longAgo = new Date(Date.now() - 31 * 60_000);
  await app.db.updateTable('sessions').set({ last_seen_at: longAgo }).where('id_hash', '=', hashOf(idle)).execute();
  await app.db.updateTable('sessions').set({ expires_at: new Date() }).where('id_hash', '=', hashOf(old)).execute();
  expect(await me(idle)).toBeNull();
  expect(await me(old)).toBeNull();
  expect((await call('auth.sessions', laptop)).data).toHaveLength(2);

  await signIn('gl-snv.theodoi'); // any sign-in sweeps out the dead sessions
  const left = (await sessionRows()).map((r) => r.id_hash);
  expect(left).not.toContain(hashOf(idle));
  expect(left).not.toContain(hashOf(old));

  expect((await call('auth.logoutEverywhere', phone, { body: {} })).data).toEqual({ ended: 2 });
  expect(await me(laptop)).toBeNull();
  expect((await call('auth.sessions', laptop)).status).toBe(401);
});

it('refuses a mutation sent from another site, or naming no origin, and changes nothing', async () => {
  const session = await signIn('gl.chuyenvien');
  const before = await sessionRows();
  const plansBefore = await app.db.selectFrom('plans').select('id').execute();
  const [template] = (await call('plans.templates', session)).data as { id: string }[];
  const create = { templateId: template?.id, title: 'Kế hoạch giả mạo', year: 2027, idempotencyKey: 'csrf-1' };

  for (const origin of ['https://evil.example', null, 'null']) {
    const forged = await call('plans.create', session, { body: create, origin });
    expect(forged.status).toBe(403);
    expect(forged.message).toContain('không xuất phát từ trang của Cascade');
    expect((await call('auth.logoutEverywhere', session, { body: {}, origin })).status).toBe(403);
  }
  expect(await app.db.selectFrom('plans').select('id').execute()).toEqual(plansBefore);
  expect(await sessionRows()).toEqual(before);
  // Each forged request is in the audit log with the user whose browser carried it, the address and the origin.
  const refusals = await app.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'subject_id', 'data'])
    .where('action', '=', 'access.refused')
    .where('subject_id', 'in', ['POST /trpc/plans.create', 'POST /trpc/auth.logoutEverywhere'])
    .orderBy('id')
    .execute();
  expect(refusals).toHaveLength(6);
  expect(refusals[0]).toMatchObject({
    actor_user_id: 'gl.chuyenvien',
    subject_id: 'POST /trpc/plans.create',
    data: { reason: 'crossOrigin', address: '127.0.0.1', origin: 'https://evil.example' },
  });
  // Signed out, the address alone is recorded.
  expect((await call('plans.create', null, { body: create, origin: 'https://evil.example' })).status).toBe(403);
  const [anonymous] = await app.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'data'])
    .where('action', '=', 'access.refused')
    .orderBy('id', 'desc')
    .limit(1)
    .execute();
  expect(anonymous).toMatchObject({ actor_user_id: null, data: { reason: 'crossOrigin', address: '127.0.0.1' } });
  expect((await me(session))?.username).toBe('gl.chuyenvien');

  // A Referer from the app's own page is enough when a browser leaves Origin out.
  const response = await fetch(`${app.url}/trpc/auth.logout`, {
    method: 'POST',
    headers: { cookie: session, referer: `${app.url}/tasks`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(200);
});

it('sends the protective headers: CSP without inline scripts, no framing, nosniff, a referrer policy', async () => {
  const { headers } = await fetch(`${app.url}/healthz`);
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('strict-transport-security')).toBeNull(); // only behind TLS (COOKIE_SECURE=true)
});

it('behind TLS (COOKIE_SECURE=true) also sends HSTS and a Secure session cookie', async () => {
  const secure = await createHttpServer({
    db: app.db,
    temporal: app.temporal,
    isTemporalReachable: () => true,
    webDist: '/nonexistent',
    secureCookies: true,
    trustProxy: false,
  });
  await secure.listen({ host: '127.0.0.1', port: 0 });
  try {
    const { port } = secure.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    expect((await fetch(`${url}/healthz`)).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const login = await fetch(`${url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ username: 'gl-snv.theodoi', password: demoPassword }),
    });
    expect(login.headers.getSetCookie()[0]).toMatch(/; Secure/);
  } finally {
    await secure.close();
  }
});

it('ends one chosen session, or all but this one; another user’s session cannot be named', async () => {
  const office = await signIn('hd.chuyenvien');
  const home = await signIn('hd.chuyenvien');
  const phone = await signIn('hd.chuyenvien');
  const other = await signIn('hd.lanhdao');
  const list = (await call('auth.sessions', office)).data as { key: string; isCurrent: boolean }[];
  expect(list).toHaveLength(3);
  const homeKey = createHash('sha256')
    .update(home.split('=')[1] ?? '')
    .digest('hex')
    .slice(0, 16);
  const otherKey = ((await call('auth.sessions', other)).data as { key: string }[])[0]!.key;

  expect(await call('auth.endSession', office, { body: { key: otherKey } })).toMatchObject({
    status: 404,
    message: 'Phiên này đã kết thúc: tải lại danh sách.',
  });
  expect((await me(other))?.username).toBe('hd.lanhdao');
  expect((await call('auth.endSession', office, { body: { key: 'nope' } })).status).toBe(400);

  expect((await call('auth.endSession', office, { body: { key: homeKey } })).data).toEqual({ ended: 1 });
  expect(await me(home)).toBeNull();
  expect((await me(phone))?.username).toBe('hd.chuyenvien');

  expect((await call('auth.endOtherSessions', office, { body: {} })).data).toEqual({ ended: 1 });
  expect(await me(phone)).toBeNull();
  expect((await me(office))?.username).toBe('hd.chuyenvien');
  expect((await call('auth.sessions', office)).data).toHaveLength(1);
});

it('a password change ends the user’s other sessions and gives this browser a new session id', async () => {
  const laptop = await signIn('hd-snv.theodoi');
  const phone = await signIn('hd-snv.theodoi');
  const response = await fetch(`${app.url}/trpc/auth.changePassword`, {
    method: 'POST',
    headers: { cookie: laptop, origin: app.url, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: demoPassword, newPassword: 'Theo dõi Hải Dương 2026' }),
  });
  expect(response.status).toBe(200);
  const fresh = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('cascade_session='));
  expect(fresh).toBeDefined();
  expect(fresh).not.toBe(laptop);
  expect(await me(laptop)).toBeNull();
  expect(await me(phone)).toBeNull();
  expect((await me(fresh!))?.username).toBe('hd-snv.theodoi');
  const audit = await app.db
    .selectFrom('audit_events')
    .select('action')
    .where('subject_id', '=', 'hd-snv.theodoi')
    .execute();
  expect(audit.map((a) => a.action)).toContain('admin.user.changePassword');
});
