import { demoPassword } from '@cascade/db/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postLogin } from './testing/rawLogin';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

const auditOf = (action: string) =>
  app.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id').execute();

// The tests share one server and one client address (127.0.0.1): the address's own limit is reached last.
it('five wrong passwords lock the username for a while, told in Vietnamese, recorded with the address', async () => {
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await postLogin(app.url, 'gl-pleiku.lanhdao', `sai-${i}`));
  expect(answers.slice(0, 4).map((a) => a.status)).toEqual([401, 401, 401, 401]);
  expect(answers[0]?.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  expect(answers[4]?.status).toBe(429);
  expect(answers[4]?.message).toMatch(/^Đăng nhập sai quá nhiều lần: tạm khoá đăng nhập đến \d\d:\d\d:\d\d/);

  // Locked means locked: the right password is refused too, without a session, until the time it names.
  const right = await postLogin(app.url, 'GL-Pleiku.lanhdao', demoPassword);
  expect(right).toMatchObject({ status: 429, cookie: null });
  expect(right.message).toContain('Vui lòng thử lại sau thời điểm đó');

  const failures = await auditOf('auth.loginFailed');
  expect(failures).toHaveLength(5);
  expect(failures[0]?.data).toMatchObject({ username: 'gl-pleiku.lanhdao', address: '127.0.0.1' });
  const [lockout] = await auditOf('auth.lockout');
  expect(lockout?.data).toMatchObject({ username: 'gl-pleiku.lanhdao', address: '127.0.0.1' });
  expect(new Date(String(lockout?.data.until)).getTime()).toBeGreaterThan(Date.now() + 50_000);

  // The account's owner and the administrators above its unit (the province's and the national one) are told,
  // in the app and by e-mail through the outbox; an administrator of another province is not.
  const notices = await app.db
    .selectFrom('notifications')
    .select(['user_id', 'subject', 'body'])
    .where('kind', '=', 'security')
    .orderBy('user_id')
    .execute();
  expect(notices.map((n) => n.user_id)).toEqual(['gl-pleiku.lanhdao', 'gl.quantri', 'quantri']);
  expect(notices.find((n) => n.user_id === 'gl.quantri')).toMatchObject({
    subject: 'Tạm khóa đăng nhập: gl-pleiku.lanhdao',
    body: expect.stringContaining('sau nhiều lần nhập sai mật khẩu từ địa chỉ 127.0.0.1'),
  });
});

it('an unknown username takes as long to refuse as a wrong password', async () => {
  const timeOf = async (username: string) => {
    const started = performance.now();
    const { status } = await postLogin(app.url, username, 'khong-dung');
    expect(status).toBe(401);
    return performance.now() - started;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (const i of [1, 2, 3]) {
    known.push(await timeOf(['gl.lanhdao', 'hd.lanhdao', 'gl-snv.theodoi'][i - 1] ?? ''));
    unknown.push(await timeOf(`khong-ton-tai-${i}`));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
  // Without the throwaway hash an unknown name answered in about a millisecond against scrypt's tens.
  expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  expect((await auditOf('auth.loginFailed')).map((e) => e.data.username)).toContain('khong-ton-tai-1');
});

it('a flood of sign-ins gets 429 beyond the hashing line, and the server keeps answering', async () => {
  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => postLogin(app.url, `lu-${i}`, 'khong-dung')));
  const busy = answers.filter((a) => a.message?.startsWith('Máy chủ đang bận xử lý nhiều lượt đăng nhập'));
  // Two hash at once and sixteen wait: most of forty arriving together are turned away at once.
  expect(busy.length).toBeGreaterThanOrEqual(10);
  expect(busy.every((a) => a.status === 429)).toBe(true);
  expect(answers.every((a) => a.status === 401 || a.status === 429)).toBe(true);
  const started = performance.now();
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  expect(performance.now() - started).toBeLessThan(2_000);
});

it('too many failures from one address lock the address, whatever the username', async () => {
  // 5 + 6 failures above, 18 hashed in the flood: past the address's 20.
  const answer = await postLogin(app.url, 'hd-thanh-ha.lanhdao', demoPassword);
  expect(answer).toMatchObject({ status: 429, cookie: null });
  expect(answer.message).toMatch(/^Đăng nhập sai quá nhiều lần/);
});
