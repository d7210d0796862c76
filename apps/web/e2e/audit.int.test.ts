import { vnDateOf } from '@cascade/domain';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillDate, logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());

/** The table's rows as the administrator reads them: every cell's text. */
const screenRows = (page: Page) =>
  page
    .getByRole('table')
    .locator('tbody tr.ant-table-row')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));

/** A cell's date, which holds Vietnam's wall clock, as the page writes it. */
const shown = (date: Date) => {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
};

async function failSignIn(url: string, username: string) {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password: 'mat-khau-sai' }),
  });
  expect(response.status).toBe(401);
}

describe('the administrator’s audit page', () => {
  const session = useBrowserSession('audit-');
  let app: BrowserSession['app'];
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = session);
  });

  it('filters its province’s failed sign-ins by kind and day, and exports exactly the rows on screen', async () => {
    await failSignIn(app.url, 'gl-pleiku.lanhdao');
    await failSignIn(app.url, 'gl-pleiku.lanhdao');
    await failSignIn(app.url, 'hd-tan-viet.chuyenvien');
    await logIn(page, app.url, 'gl.quantri');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${app.url}/#/admin/audit`);
    await page.getByRole('heading', { name: 'Nhật ký kiểm tra' }).waitFor();

    await page.getByLabel('Loại sự kiện').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Đăng nhập sai' }).click();
    await page.keyboard.press('Escape');
    await fillDate(page.getByPlaceholder('Từ ngày'), today);
    await fillDate(page.getByPlaceholder('Đến ngày'), today);
    await expect.poll(async () => (await screenRows(page)).length, { timeout: 15_000 }).toBe(2);
    const rows = await screenRows(page);
    await saveScreenshot(page, 'audit-filtered');
    for (const cells of rows) {
      expect(cells[0]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
      expect(cells[1]).toContain('(gl-pleiku.lanhdao)');
      expect(cells.slice(2, 7)).toEqual([
        'Phường Pleiku',
        '127.0.0.1',
        'Đăng nhập sai',
        expect.any(String),
        'Thất bại',
      ]);
    }
    // The other province's failure is not this administrator's to read.
    expect(rows.some((cells) => cells.join(' ').includes('hd-tan-viet'))).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('Nhật ký')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('Tỉnh Gia Lai');
    const day = today.split('-').reverse().join('/');
    expect(sheet.getRow(3).getCell(2).value).toBe(`Loại: Đăng nhập sai; Từ ngày ${day}; Đến ngày ${day}`);
    expect(sheet.getRow(4).getCell(2).value).toBeInstanceOf(Date);
    const exported = rows.map((_, i) => sheet.getRow(8 + i));
    expect(exported.map((r) => shown(r.getCell(1).value as Date))).toEqual(rows.map((cells) => cells[0]));
    expect(exported.map((r) => `${String(r.getCell(2).value)} (${String(r.getCell(3).value)})`)).toEqual(
      rows.map((cells) => cells[1]),
    );
    expect(exported.map((r) => [4, 5, 6, 7, 8].map((c) => String(r.getCell(c).value)))).toEqual(
      rows.map((cells) => cells.slice(2, 7)),
    );
    expect(sheet.getRow(8 + rows.length).getCell(1).value).toBeNull();
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
