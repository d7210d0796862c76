import { afterAll, expect, it } from 'vitest';
import { runCommand } from './testing/runCommand';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>> | undefined;
afterAll(() => app?.stop());

it('with DATABASE_URL and without CASCADE_DEMO no demo data exists; admin:create makes the first administrator', async () => {
  app = await startTestCascade('PostgreSQL', {});
  expect(await app.db.selectFrom('users').select('username').execute()).toEqual([]);
  expect(await app.db.selectFrom('units').select('id').execute()).toEqual([]);
  await expect(loginAs(app.url, 'quantri')).rejects.toThrow(/401/);

  const env = { DATABASE_URL: app.databaseUrl! };
  const args = ['--username', 'quantri.bnv', '--unit', 'vn', '--name', 'Quản trị Bộ Nội vụ'];
  // The demo's published password is refused by the password policy (too short, among other things).
  const weak = await runCommand('createAdminCommand.ts', args, env, 'cascade2026\n');
  expect([weak.code, weak.stderr.trim()]).toEqual([
    1,
    'Mật khẩu phải có ít nhất 12 ký tự: hãy dùng một cụm từ dễ nhớ, ví dụ ghép ba bốn từ.',
  ]);
  const created = await runCommand('createAdminCommand.ts', args, env, 'Bnv-quan-tri-2026\n');
  expect([created.code, created.stdout.trim()]).toEqual([0, 'Đã tạo quản trị viên quantri.bnv.']);
  const again = await runCommand('createAdminCommand.ts', args, env, 'Bnv-quan-tri-2026\n');
  expect([again.code, again.stdout.trim()]).toEqual([1, 'Tài khoản quantri.bnv đã có: không thay đổi gì.']);

  const admin = await loginAs(app.url, 'quantri.bnv', 'Bnv-quan-tri-2026');
  expect(await admin.auth.me.query()).toMatchObject({ roles: ['admin'], unitName: 'Bộ Nội vụ', scopeUnitId: 'vn' });
  const tree = await admin.units.tree.query({});
  expect(tree.units).toEqual([expect.objectContaining({ id: 'vn', kind: 'nation', parentId: null })]);
  await app.stop();
  app = undefined;
});

it('the first administrator may come from the environment instead; CASCADE_DEMO=0 keeps the embedded database empty too', async () => {
  app = await startTestCascade('PGlite', {
    CASCADE_DEMO: '0',
    CASCADE_ADMIN_USERNAME: 'quantri.tinh',
    CASCADE_ADMIN_PASSWORD: 'Tinh-quan-tri-2026',
    CASCADE_ADMIN_UNIT: 'vn',
  });
  expect((await app.db.selectFrom('users').select('username').execute()).map((u) => u.username)).toEqual([
    'quantri.tinh',
  ]);
  const admin = await loginAs(app.url, 'quantri.tinh', 'Tinh-quan-tri-2026');
  expect((await admin.auth.me.query())?.roles).toEqual(['admin']);
});
