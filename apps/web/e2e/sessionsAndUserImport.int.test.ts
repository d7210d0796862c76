import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const usersCsv = ['username,name,unit code,roles', 'gl-bien-ho.chuyenvien,Trần Thị Mới,23575,officer leader'].join(
  '\n',
);

const sessionRows = (page: Page) =>
  page.getByRole('table', { name: 'Phiên đăng nhập' }).locator('tbody tr.ant-table-row');
const adminTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name, exact: true });

describe('an officer sees where the account is signed in and ends other sessions', () => {
  const session = useBrowserSession('sessions-');
  let app: BrowserSession['app'];
  let page: Page;
  const others: BrowserContext[] = [];

  /** Another browser, told apart by its User-Agent, signed in as the same officer. */
  async function signInElsewhere(userAgent: string) {
    const context = await page.context().browser()!.newContext({ userAgent, locale: 'vi-VN' });
    others.push(context);
    const other = await context.newPage();
    await logIn(other, app.url, 'gl.chuyenvien');
    await other.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    return other;
  }
  const isSignedOut = async (other: Page) => {
    await other.reload();
    await other.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    return other.getByRole('heading', { name: 'Việc cần làm' }).count();
  };

  beforeAll(() => {
    ({ app, page } = session);
  });

  it('lists two sessions with their devices after two logins, and ending the other signs that browser out', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    const firefox = await signInElsewhere(firefoxOnWindows);
    await page.getByRole('link', { name: 'Phiên đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Phiên đăng nhập' }).waitFor();
    await expect.poll(() => sessionRows(page).count()).toBe(2);
    const current = sessionRows(page).filter({ hasText: 'Phiên này' });
    await expect(current.innerText()).resolves.toContain('Chrome trên Linux');
    const other = sessionRows(page).filter({ hasText: 'Firefox trên Windows' });
    await expect(other.getByText('Phiên này').count()).resolves.toBe(0);
    await saveScreenshot(page, 'sessions-two');
    await other.getByRole('button', { name: 'Kết thúc' }).click();
    await expect.poll(() => sessionRows(page).count()).toBe(1);
    await expect(isSignedOut(firefox)).resolves.toBe(0);
    await page.reload();
    await expect(sessionRows(page).innerText()).resolves.toContain('Phiên này');
  });

  it('ends all other sessions at once, keeping this one', async () => {
    const firefox = await signInElsewhere(firefoxOnWindows);
    const iphone = await signInElsewhere(safariOnIphone);
    await page.reload();
    await expect.poll(() => sessionRows(page).count()).toBe(3);
    await page.getByText('Safari trên iOS').waitFor();
    await page.getByRole('button', { name: 'Kết thúc các phiên khác (2)' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kết thúc', exact: true }).click();
    await expect.poll(() => sessionRows(page).count()).toBe(1);
    await expect(isSignedOut(firefox)).resolves.toBe(0);
    await expect(isSignedOut(iphone)).resolves.toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Phiên đăng nhập' }).waitFor();
    await expect(sessionRows(page).innerText()).resolves.toContain('Chrome trên Linux');
    for (const context of others) await context.close();
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the administrator updates existing users from a file', () => {
  const session = useBrowserSession('user-import-');
  let app: BrowserSession['app'];
  let page: Page;

  beforeAll(() => {
    ({ app, page } = session);
  });

  async function uploadAndReview() {
    await adminTab(page, 'Nhập danh mục').click();
    await page.getByRole('heading', { name: 'Nhập danh mục' }).waitFor();
    await page.getByRole('tab', { name: 'Người dùng' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Người dùng' });
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: 'nguoi-dung.csv', mimeType: 'text/csv', buffer: Buffer.from(usersCsv) });
    await panel.getByText('nguoi-dung.csv').waitFor();
    await panel.getByRole('button', { name: 'Chạy thử' }).click();
    return panel;
  }

  const userRow = () =>
    page.getByRole('table', { name: 'Danh sách người dùng' }).getByRole('row', { name: /gl-bien-ho\.chuyenvien/ });

  it('reviews each change as before → after, applies it, and the user list shows it', async () => {
    await logIn(page, app.url, 'gl.quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    const panel = await uploadAndReview();
    await panel.getByText('Thêm mới 0 người dùng; cập nhật 1; không đổi 0.').waitFor();
    const changes = panel.getByRole('table', { name: 'Người dùng được cập nhật' }).getByRole('listitem');
    await expect(changes.allInnerTexts()).resolves.toEqual([
      'Họ tên: Chuyên viên Xã Biển Hồ → Trần Thị Mới',
      'Đơn vị: Xã Biển Hồ → Phường Pleiku',
      'Đơn vị theo dõi: Xã Biển Hồ → Phường Pleiku',
      'Vai trò: Chuyên viên → Chuyên viên, Lãnh đạo',
    ]);
    await saveScreenshot(page, 'user-import-review');
    await panel.getByRole('button', { name: 'Áp dụng' }).click();
    await panel.getByText(/^Đã áp dụng\./).waitFor();
    await adminTab(page, 'Người dùng').click();
    await userRow().getByRole('cell', { name: 'Trần Thị Mới', exact: true }).waitFor();
    await expect(userRow().getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Trần Thị Mới', 'Phường Pleiku']),
    );
    await expect(userRow().innerText()).resolves.toMatch(/Chuyên viên[\s\S]*Lãnh đạo/);
  });

  it('applying the same file again changes nothing', async () => {
    const before = await userRow().innerText();
    const panel = await uploadAndReview();
    await panel.getByText('Thêm mới 0 người dùng; cập nhật 0; không đổi 1.').waitFor();
    await expect(panel.getByRole('table', { name: 'Người dùng được cập nhật' }).count()).resolves.toBe(0);
    await panel.getByRole('button', { name: 'Áp dụng' }).click();
    await panel.getByText(/^Đã áp dụng\./).waitFor();
    await adminTab(page, 'Người dùng').click();
    await expect(userRow().innerText()).resolves.toBe(before);
    expect(session.pageErrors).toEqual([]);
  });
});
