import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn, logOut, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const unitsCsv = [
  'code,name,kind,parent code,effective from,abbreviation',
  '52-STC,Sở Tài chính,department,,2025-07-01,STC',
  '23575-TPHT,Tư pháp – Hộ tịch phường Pleiku,office,23575,01/07/2025,TP-HT',
].join('\n');
const newPassword = 'Taichinh-2026-moi';

const adminTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name, exact: true });

describe('a province administrator brings units and people into Cascade in the browser', () => {
  const session = useBrowserSession('administration-');
  let app: BrowserSession['app'];
  let page: Page;
  let temporaryPassword = '';

  beforeAll(() => {
    ({ app, page } = session);
  });

  it('imports a small CSV of units: a dry run to review, then applies it', async () => {
    await logIn(page, app.url, 'gl.quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await adminTab(page, 'Nhập danh mục').click();
    await page.getByRole('heading', { name: 'Nhập danh mục' }).waitFor();
    await page
      .getByRole('tabpanel')
      .locator('input[type=file]')
      .setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(unitsCsv) });
    await page.getByText('don-vi.csv').waitFor();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Chạy thử' }).click();
    const review = page.getByRole('table', { name: 'Kết quả chạy thử' });
    const added = review.getByRole('row').filter({ hasText: 'Thêm mới' });
    await added.waitFor();
    await expect(added.getByRole('cell').allTextContents()).resolves.toEqual(['Thêm mới', '1', '1']);
    await saveScreenshot(page, 'administration-import-review');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.getByText('Đã áp dụng danh mục đơn vị.').waitFor();
  });

  it('finds the new department in the units tree by a search without diacritics', async () => {
    await adminTab(page, 'Đơn vị').click();
    await page.getByRole('heading', { name: 'Đơn vị', exact: true }).waitFor();
    await page.getByRole('tree').waitFor();
    await page.getByLabel('Tìm đơn vị').fill('so tai chinh');
    await page.getByRole('link', { name: 'Sở Tài chính' }).click();
    await page.getByRole('heading', { name: 'Sở Tài chính' }).waitFor();
    await expect(page.getByText('STC', { exact: true }).count()).resolves.toBe(1);
    await page.getByRole('cell', { name: 'Thành lập' }).waitFor();
  });

  it('creates a user in that department and hands over the temporary password', async () => {
    await adminTab(page, 'Người dùng').click();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await form.getByLabel('Tên đăng nhập').fill('gl-stc.chuyenvien');
    await form.getByLabel('Họ tên').fill('Phạm Thị Dung');
    await form.getByLabel('Đơn vị', { exact: true }).fill('Sở Tài chính');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Sở Tài chính' }).first().click();
    await form.getByRole('button', { name: 'Lưu' }).click();
    const shown = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
    await shown.waitFor();
    temporaryPassword = (await shown.getByLabel('Mật khẩu tạm thời').innerText()).trim();
    expect(temporaryPassword).toMatch(/^\S{10,}$/);
    await shown.getByRole('button', { name: 'Đã ghi lại mật khẩu' }).click();
    const row = page.getByRole('row').filter({ hasText: 'gl-stc.chuyenvien' });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Phạm Thị Dung', 'Sở Tài chính', 'Chuyên viên', 'Chờ đổi mật khẩu']),
    );
    await logOut(page);
  });

  it('the new user logs in and must change the password before anything else', async () => {
    await logIn(page, app.url, 'gl-stc.chuyenvien', temporaryPassword);
    const form = page.getByRole('form', { name: 'Đổi mật khẩu' });
    await form.waitFor();
    await form.getByLabel('Mật khẩu tạm thời').fill(temporaryPassword);
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await form.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
    await form.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await expect(page.locator('.user-unit').innerText()).resolves.toBe('Sở Tài chính');
    await logOut(page);
    await logIn(page, app.url, 'gl-stc.chuyenvien', newPassword);
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
