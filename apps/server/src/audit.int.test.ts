import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { postLogin } from './testing/rawLogin';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

it('an administrator reads the sign-ins, refusals and changes of its own province only, filtered and paged', async () => {
  // A wrong password in each province, and one under a name nobody has.
  expect((await postLogin(app.url, 'gl-pleiku.lanhdao', 'sai-mat-khau')).status).toBe(401);
  expect((await postLogin(app.url, 'hd-tan-viet.chuyenvien', 'sai-mat-khau')).status).toBe(401);
  expect((await postLogin(app.url, 'khong-ai-ca', 'sai-mat-khau')).status).toBe(401);
  const glAdmin = await loginAs(app.url, 'gl.quantri');
  const hdAdmin = await loginAs(app.url, 'hd.quantri');
  const national = await loginAs(app.url, 'quantri');
  // A refusal of an officer of each province: probing the administrators' pages.
  const glOfficer = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  const hdOfficer = await loginAs(app.url, 'hd-tan-viet.chuyenvien');
  await expect(glOfficer.audit.list.query({})).rejects.toThrow('Bạn không có quyền');
  await expect(hdOfficer.audit.list.query({})).rejects.toThrow('Bạn không có quyền');
  await glAdmin.admin.setCalendarDay.mutate({ date: '2031-02-03', kind: 'dayOff', note: 'Nghỉ bù' });

  const failed = await glAdmin.audit.list.query({ kinds: ['loginFailed'] });
  expect(failed.entries.map((e) => e.actorUsername)).toEqual(['gl-pleiku.lanhdao']);
  expect(failed.entries[0]).toMatchObject({
    actorName: expect.any(String),
    unitName: 'Phường Pleiku',
    address: '127.0.0.1',
    actionLabel: 'Đăng nhập sai',
    outcome: 'Thất bại',
  });
  const refused = await glAdmin.audit.list.query({ kinds: ['refused'] });
  expect(refused.entries.map((e) => e.actorUsername)).toEqual(['gl-pleiku.chuyenvien']);
  expect(refused.entries[0]).toMatchObject({ outcome: 'Bị từ chối', address: '127.0.0.1' });
  const changes = await glAdmin.audit.list.query({ kinds: ['admin'] });
  expect(changes.entries[0]).toMatchObject({
    actorUsername: 'gl.quantri',
    actorName: 'Quản trị – tỉnh Gia Lai',
    actionLabel: 'Đặt ngày nghỉ/làm bù',
    address: '127.0.0.1',
    target: '2031-02-03',
  });

  // The other province's administrator sees its own people only; the national one sees everyone, unknown names too.
  const hdFailed = await hdAdmin.audit.list.query({ kinds: ['loginFailed', 'refused', 'admin'] });
  expect(new Set(hdFailed.entries.map((e) => e.actorUsername))).toEqual(new Set(['hd-tan-viet.chuyenvien']));
  const all = await national.audit.list.query({ kinds: ['loginFailed'] });
  expect(all.entries.map((e) => e.actorUsername).sort()).toEqual(
    ['gl-pleiku.lanhdao', 'hd-tan-viet.chuyenvien', 'khong-ai-ca'].sort(),
  );

  // Filters: by actor, by day (in Vietnam's calendar), a page at a time.
  const byActor = await glAdmin.audit.list.query({ actor: 'PLEIKU.LANH' });
  expect(new Set(byActor.entries.map((e) => e.actorUsername))).toEqual(new Set(['gl-pleiku.lanhdao']));
  const today = todayInVietnam();
  expect((await glAdmin.audit.list.query({ from: today, to: today })).total).toBeGreaterThanOrEqual(4);
  expect((await glAdmin.audit.list.query({ to: '2020-01-01' })).total).toBe(0);
  const everything = await glAdmin.audit.list.query({ pageSize: 200 });
  const page2 = await glAdmin.audit.list.query({ pageSize: 10, page: 2 });
  expect(page2.total).toBe(everything.total);
  expect(page2.entries.map((e) => e.id)).toEqual(everything.entries.slice(10, 20).map((e) => e.id));
  expect(everything.entries.every((e) => !e.actorUsername?.startsWith('hd'))).toBe(true);
}, 180_000);

it('the export holds the filtered rows with real dates under a heading naming scope and time; CSV too', async () => {
  const glAdmin = await loginAs(app.url, 'gl.quantri');
  const filter = { kinds: ['loginFailed' as const, 'refused' as const] };
  const screen = await glAdmin.audit.list.query({ ...filter, pageSize: 200 });
  const file = await glAdmin.audit.export.mutate(filter);
  expect(file.fileName).toMatch(/^nhat-ky-\d{4}-\d\d-\d\d\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Nhật ký')!;
  expect(sheet.getRow(2).values).toEqual([undefined, 'Phạm vi', 'Tỉnh Gia Lai']);
  expect(sheet.getRow(3).getCell(2).value).toBe('Loại: Đăng nhập sai, Từ chối truy cập');
  expect(sheet.getRow(4).getCell(2).value).toBeInstanceOf(Date);
  const rows = screen.entries.map((_, i) => sheet.getRow(8 + i));
  expect(rows.map((r) => r.getCell(3).value)).toEqual(screen.entries.map((e) => e.actorUsername));
  const first = rows[0]!.getCell(1).value as Date;
  // The cell shows Vietnam's wall clock.
  expect(first.getTime() - new Date(screen.entries[0]!.at).getTime()).toBe(7 * 3_600_000);
  expect(sheet.getRow(8 + screen.entries.length).getCell(1).value).toBeNull();

  const csv = Buffer.from((await glAdmin.audit.export.mutate({ ...filter, format: 'csv' })).base64, 'base64');
  const lines = csv
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(screen.entries.length + 1);
  expect(lines[1]).toContain(screen.entries[0]!.actorUsername!);

  // The export itself is an administrative action in the log.
  const exports = await glAdmin.audit.list.query({ kinds: ['admin'] });
  expect(exports.entries[0]).toMatchObject({ actionLabel: 'Xuất nhật ký', actorUsername: 'gl.quantri' });
}, 120_000);
