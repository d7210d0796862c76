import { fileURLToPath } from 'node:url';
import { vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const seed = fileURLToPath(new URL('../../../../shared/seeds/gia-lai-province-2024.txt', import.meta.url));
const nextYear = Number(vnDateOf(new Date()).slice(0, 4)) + 1;

describe('an officer brings an existing plan in from its file', () => {
  const session = useBrowserSession('import-');
  let app: BrowserSession['app'];
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = session);
  });

  it('uploads the plan, reviews what was read, and creates its draft', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('link', { name: 'Nhập kế hoạch từ tệp' }).click();
    await page.locator('input[type=file]').setInputFiles(seed);
    await page.getByText('Kiểm tra kế hoạch đọc từ "gia-lai-province-2024.txt"').waitFor();
    await expect(page.getByLabel('Tên kế hoạch').inputValue()).resolves.toBe(
      'Thực hiện công tác dân vận chính quyền năm 2024',
    );
    await expect(page.getByLabel('I. Mục đích, yêu cầu').inputValue()).resolves.toMatch(
      /^1\. Tiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận trong cơ quan nhà nước/,
    );
    await page.getByRole('cell', { name: '03-CTr/BDVTU-BCSĐ', exact: true }).waitFor();
    await page.getByText('6 tháng: 10/05/2024; Năm: 30/10/2024').waitFor();
    await page.getByText('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Trương Hải Long').waitFor();
    await saveScreenshot(page, 'import-01-review');

    await page.getByLabel('Tên kế hoạch').fill(`Thực hiện công tác dân vận chính quyền năm ${nextYear}`);
    await page.getByLabel('Năm kế hoạch', { exact: true }).fill(String(nextYear));
    await page.getByRole('button', { name: 'Tạo dự thảo kế hoạch' }).click();
    await page.getByRole('heading', { name: `Thực hiện công tác dân vận chính quyền năm ${nextYear}` }).waitFor();
    await expect(page.getByLabel('II. Nội dung, nhiệm vụ').inputValue()).resolves.toMatch(
      /^1\. Người đứng đầu cơ quan hành chính nhà nước/,
    );
    await saveScreenshot(page, 'import-02-draft');
  });
});
