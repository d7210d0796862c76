import { afterAll, beforeAll, expect, it } from 'vitest';
import { anonymous, loginAs, sessionCookieOf } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

const codeOf = async (promise: Promise<unknown>) =>
  ((await promise.catch((e) => e)) as { data?: { code: string } }).data?.code;

it('an administrator creates a user who must change the temporary password before anything else', async () => {
  const admin = await loginAs(app.url, 'gl.quantri');
  const { temporaryPassword } = await admin.users.create.mutate({
    username: 'gl-pleiku.nguyenvana',
    displayName: 'Nguyễn Văn A',
    email: 'nva@pleiku.gialai.gov.vn',
    unitId: 'gl-pleiku',
    roles: ['officer'],
  });
  const user = await loginAs(app.url, 'gl-pleiku.nguyenvana', temporaryPassword);
  expect(await user.auth.me.query()).toMatchObject({ mustChangePassword: true, unitName: 'Phường Pleiku' });
  const blocked = await user.tasks.inbox.query().catch((e) => e);
  expect([blocked.data?.code, blocked.message]).toEqual([
    'FORBIDDEN',
    'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.',
  ]);
  const weak = await user.auth.changePassword
    .mutate({ currentPassword: temporaryPassword, newPassword: 'ngan' })
    .catch((e) => e);
  expect(weak.message).toContain('Mật khẩu phải có ít nhất 12 ký tự');
  for (const [newPassword, message] of [
    ['qwertyuiop2026', 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán: hãy chọn mật khẩu khác.'],
    ['x-GL-Pleiku.NguyenVanA-x', 'Mật khẩu không được chứa tên đăng nhập: hãy chọn mật khẩu khác.'],
  ]) {
    const refused = user.auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: newPassword! });
    expect(await refused.catch((e: Error) => e.message)).toBe(message);
  }
  await user.auth.changePassword.mutate({ currentPassword: temporaryPassword, newPassword: 'Pleiku mùa xuân 2026' });
  // The password change ended the session the temporary password opened (the browser got a new id).
  expect(await codeOf(user.tasks.inbox.query())).toBe('UNAUTHORIZED');
  await expect(loginAs(app.url, 'gl-pleiku.nguyenvana', temporaryPassword)).rejects.toThrow(/401/);
  const again = await loginAs(app.url, 'gl-pleiku.nguyenvana', 'Pleiku mùa xuân 2026');
  expect((await again.auth.me.query())?.mustChangePassword).toBe(false);
  expect(await again.tasks.inbox.query()).toBeDefined();
});

it('a disabled user’s session stops working at once and the user cannot log in; a reset ends sessions too', async () => {
  const admin = await loginAs(app.url, 'gl.quantri');
  const officer = await loginAs(app.url, 'gl-bien-ho.chuyenvien');
  expect(await officer.tasks.inbox.query()).toBeDefined();
  await admin.users.disable.mutate({ id: 'gl-bien-ho.chuyenvien' });
  expect(await codeOf(officer.tasks.inbox.query())).toBe('UNAUTHORIZED');
  const refused = await fetch(`${app.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ username: 'gl-bien-ho.chuyenvien', password: 'cascade2026' }),
  }).then((r) => r.json() as Promise<{ error: { message: string } }>);
  expect(refused.error.message).toBe('Tài khoản đã bị khóa: liên hệ quản trị viên của đơn vị.');
  const listed = await admin.users.list.query({ unitId: 'gl-bien-ho' });
  expect(listed.find((u) => u.username === 'gl-bien-ho.chuyenvien')?.disabledAt).not.toBeNull();

  const leader = await loginAs(app.url, 'gl-bien-ho.lanhdao');
  const { temporaryPassword } = await admin.users.resetPassword.mutate({ id: 'gl-bien-ho.lanhdao' });
  expect(await codeOf(leader.tasks.inbox.query())).toBe('UNAUTHORIZED');
  const fresh = await loginAs(app.url, 'gl-bien-ho.lanhdao', temporaryPassword);
  expect((await fresh.auth.me.query())?.mustChangePassword).toBe(true);

  const audit = await admin.units.audit.query();
  const actions = audit.filter((a) => a.subjectId.startsWith('gl-bien-ho.')).map((a) => a.action);
  expect(actions).toEqual(expect.arrayContaining(['admin.user.disable', 'admin.user.resetPassword']));
  const disable = audit.find((a) => a.action === 'admin.user.disable');
  expect(disable).toMatchObject({
    actorUserId: 'gl.quantri',
    data: { before: { disabled: false }, after: { disabled: true } },
  });
});

it('a province administrator gets FORBIDDEN on another province’s users, and nothing is written', async () => {
  const admin = await loginAs(app.url, 'gl.quantri');
  const before = await app.db.selectFrom('users').selectAll().orderBy('id').execute();
  const auditedChanges = () =>
    app.db.selectFrom('audit_events').select('id').where('action', '!=', 'access.refused').execute();
  const auditBefore = await auditedChanges();
  const attempts = [
    admin.users.list.query({ unitId: 'hd-tan-viet' }),
    admin.users.create.mutate({ username: 'hd.moi', displayName: 'X', unitId: 'hd-tan-viet', roles: ['officer'] }),
    admin.users.create.mutate({
      username: 'gl.theodoi2',
      displayName: 'X',
      unitId: 'gl-snv',
      scopeUnitId: 'hd',
      roles: ['supervisor'],
    }),
    admin.users.update.mutate({ id: 'hd-tan-viet.chuyenvien', displayName: 'Đổi tên' }),
    admin.users.update.mutate({ id: 'gl.chuyenvien', unitId: 'hd-tan-viet' }),
    admin.users.disable.mutate({ id: 'hd-tan-viet.chuyenvien' }),
    admin.users.enable.mutate({ id: 'hd-tan-viet.chuyenvien' }),
    admin.users.resetPassword.mutate({ id: 'hd-thanh-ha.lanhdao' }),
  ];
  for (const attempt of attempts) expect(await codeOf(attempt)).toBe('FORBIDDEN');
  expect((await admin.users.list.query({})).some((u) => u.unitId.startsWith('hd'))).toBe(false);
  expect(await app.db.selectFrom('users').selectAll().orderBy('id').execute()).toEqual(before);
  expect(await auditedChanges()).toHaveLength(auditBefore.length);
  const refusals = await app.db
    .selectFrom('audit_events')
    .select('subject_id')
    .where('action', '=', 'access.refused')
    .where('actor_user_id', '=', 'gl.quantri')
    .execute();
  expect(refusals.map((r) => r.subject_id)).toEqual(
    expect.arrayContaining(['users.list', 'users.create', 'users.update']),
  );
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  expect(await codeOf(officer.users.list.query({}))).toBe('FORBIDDEN');
  expect(await codeOf(anonymous(app.url).users.list.query({}))).toBe('UNAUTHORIZED');
});

it('imports users from a CSV: a dry run lists them, bad rows are named by line, applying creates all with temporary passwords', async () => {
  const admin = await loginAs(app.url, 'gl.quantri');
  const csv = (rows: string[]) =>
    Buffer.from(['username,name,unit code,roles,email', ...rows].join('\n')).toString('base64');
  const bad = await admin.users.import.mutate({
    fileName: 'nguoi-dung.csv',
    dryRun: false,
    contentBase64: csv([
      'gl-hoi-phu.tranthib,Trần Thị B,23586,officer,',
      'gl-hoi-phu.x,Lê X,99999,officer,',
      'gl-hoi-phu.y,Lê Y,23586,boss,',
      'gl-hoi-phu.tranthib,Trần Thị B,23586,leader,',
    ]),
  });
  expect(bad).toMatchObject({
    applied: false,
    errors: [
      { line: 3, message: 'Không tìm thấy đơn vị mã 99999 trong phạm vi quản trị của bạn.' },
      { line: 4, message: expect.stringContaining('Vai trò "boss" không hợp lệ') },
      { line: 5, message: 'Tên đăng nhập gl-hoi-phu.tranthib trùng với dòng 2.' },
    ],
  });
  const good = csv([
    'gl-hoi-phu.tranthib,Trần Thị B,23586,officer,ttb@gialai.gov.vn',
    'gl-hoi-phu.lethic,Lê Thị C,23586,leader head,',
  ]);
  const dryRun = await admin.users.import.mutate({ fileName: 'nguoi-dung.csv', dryRun: true, contentBase64: good });
  expect(dryRun).toMatchObject({ applied: false, errors: [], passwords: [] });
  expect(dryRun.added.map((u) => [u.username, u.unitName, u.roles])).toEqual([
    ['gl-hoi-phu.tranthib', 'Phường Hội Phú', ['officer']],
    ['gl-hoi-phu.lethic', 'Phường Hội Phú', ['leader', 'head']],
  ]);
  expect(
    await app.db
      .selectFrom('users')
      .select('id')
      .where('username', 'in', ['gl-hoi-phu.tranthib', 'gl-hoi-phu.lethic'])
      .execute(),
  ).toEqual([]);
  const applied = await admin.users.import.mutate({ fileName: 'nguoi-dung.csv', dryRun: false, contentBase64: good });
  expect(applied.passwords).toHaveLength(2);
  const c = await loginAs(app.url, 'gl-hoi-phu.lethic', applied.passwords[1]!.temporaryPassword);
  expect(await c.auth.me.query()).toMatchObject({ roles: ['leader', 'head'], mustChangePassword: true });
  const second = await admin.users.import.mutate({ fileName: 'nguoi-dung.csv', dryRun: false, contentBase64: good });
  expect(second).toMatchObject({ added: [], unchanged: ['gl-hoi-phu.tranthib', 'gl-hoi-phu.lethic'], passwords: [] });
});

it('a change of roles or unit ends the user’s sessions at once; the administrator’s own change gives it a new session id', async () => {
  const admin = await loginAs(app.url, 'gl.quantri');
  const head = await loginAs(app.url, 'gl.truongphong');
  const name = await admin.users.update.mutate({ id: 'gl.truongphong', displayName: 'Trưởng phòng Tổng hợp' });
  expect(name).toEqual({ ok: true, sessionsEnded: false });
  expect((await head.auth.me.query())?.displayName).toBe('Trưởng phòng Tổng hợp');
  const changed = await admin.users.update.mutate({ id: 'gl.truongphong', roles: ['head', 'officer'] });
  expect(changed).toEqual({ ok: true, sessionsEnded: true });
  expect(await codeOf(head.tasks.inbox.query())).toBe('UNAUTHORIZED');
  const again = await loginAs(app.url, 'gl.truongphong');
  expect((await again.auth.me.query())?.roles).toEqual(['head', 'officer']);

  // The administrator adds a role to itself: its old session id stops working, the answer carries a new one.
  const cookie = await sessionCookieOf(app.url, 'gl.quantri');
  const response = await fetch(`${app.url}/trpc/users.update`, {
    method: 'POST',
    headers: { cookie, origin: app.url, 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'gl.quantri', roles: ['admin', 'supervisor'] }),
  });
  expect(response.status).toBe(200);
  const fresh = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('cascade_session='));
  expect(fresh).toBeDefined();
  expect(fresh).not.toBe(cookie);
  const meWith = async (c: string) =>
    (await fetch(`${app.url}/trpc/auth.me`, { headers: { cookie: c } }).then((r) => r.json())) as {
      result: { data: { username: string } | null };
    };
  expect((await meWith(cookie)).result.data).toBeNull();
  expect((await meWith(fresh!)).result.data?.username).toBe('gl.quantri');
  expect(await codeOf(admin.users.list.query({}))).toBe('UNAUTHORIZED');
});

it('imports updates of existing users (name, unit, roles, email), lists them in the dry run, and ends moved users’ sessions', async () => {
  const admin = await loginAs(app.url, 'gl.quantri');
  const moved = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  const renamed = await loginAs(app.url, 'gl-pleiku.lanhdao');
  const file = Buffer.from(
    [
      'username,name,unit code,roles,email',
      'gl-pleiku.chuyenvien,Phạm Văn Chuyển,23586,officer,pvc@gialai.gov.vn',
      'gl-pleiku.lanhdao,Nguyễn Thị Lãnh Đạo,gl-pleiku,leader,',
    ].join('\n'),
  ).toString('base64');
  const before = await app.db.selectFrom('users').selectAll().orderBy('id').execute();
  const dryRun = await admin.users.import.mutate({ fileName: 'cap-nhat.csv', dryRun: true, contentBase64: file });
  expect(dryRun).toMatchObject({ applied: false, errors: [], added: [] });
  expect(dryRun.updated).toEqual([
    {
      line: 2,
      username: 'gl-pleiku.chuyenvien',
      displayName: 'Phạm Văn Chuyển',
      changes: [
        { field: 'displayName', before: expect.any(String), after: 'Phạm Văn Chuyển' },
        { field: 'unit', before: 'Phường Pleiku', after: 'Phường Hội Phú' },
        { field: 'scopeUnit', before: 'Phường Pleiku', after: 'Phường Hội Phú' },
        { field: 'email', before: expect.any(String), after: 'pvc@gialai.gov.vn' },
      ],
    },
    {
      line: 3,
      username: 'gl-pleiku.lanhdao',
      displayName: 'Nguyễn Thị Lãnh Đạo',
      changes: [{ field: 'displayName', before: 'Lãnh đạo Phường Pleiku', after: 'Nguyễn Thị Lãnh Đạo' }],
    },
  ]);
  expect(await app.db.selectFrom('users').selectAll().orderBy('id').execute()).toEqual(before);

  const applied = await admin.users.import.mutate({ fileName: 'cap-nhat.csv', dryRun: false, contentBase64: file });
  expect(applied).toMatchObject({ applied: true, passwords: [] });
  const user = await app.db.selectFrom('users').selectAll().where('id', '=', 'gl-pleiku.chuyenvien').executeTakeFirst();
  expect(user).toMatchObject({ display_name: 'Phạm Văn Chuyển', unit_id: 'gl-hoi-phu', email: 'pvc@gialai.gov.vn' });
  expect(await codeOf(moved.tasks.inbox.query())).toBe('UNAUTHORIZED');
  expect((await renamed.auth.me.query())?.displayName).toBe('Nguyễn Thị Lãnh Đạo');
  const audit = await admin.units.audit.query();
  expect(audit.find((a) => a.action === 'admin.user.update' && a.subjectId === 'gl-pleiku.chuyenvien')).toMatchObject({
    data: { before: { unitId: 'gl-pleiku' }, after: { unitId: 'gl-hoi-phu', source: 'cap-nhat.csv' } },
  });
  const second = await admin.users.import.mutate({ fileName: 'cap-nhat.csv', dryRun: false, contentBase64: file });
  expect(second).toMatchObject({ updated: [], unchanged: ['gl-pleiku.chuyenvien', 'gl-pleiku.lanhdao'] });
});
