import { fileURLToPath } from 'node:url';
import { vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const seed = fileURLToPath(new URL('../../../../shared/seeds/gia-lai-province-2024.txt', import.meta.url));
const konTumSeed = fileURLToPath(new URL('../../../../shared/seeds/kon-tum-province-2024.md', import.meta.url));
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
    // The target is put on the template's indicator it measures.
    await page.getByText('Chỉ tiêu trong văn bản').waitFor();
    await page.getByRole('cell', { name: 'Mô hình "Dân vận khéo"', exact: true }).waitFor();
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

  it('an administrator starts a template from a plan file: its rounds, as an unpublished version to edit', async () => {
    await page.context().clearCookies();
    await logIn(page, app.url, 'gl.quantri');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${app.url}/#/admin/templates`);
    await page.getByRole('link', { name: 'Bắt đầu mẫu từ văn bản kế hoạch đã có' }).click();
    await page.locator('input[type=file]').setInputFiles(konTumSeed);
    await page.getByText('Kiểm tra kế hoạch đọc từ "kon-tum-province-2024.md"').waitFor();
    // An administrator who drafts no plans is offered the template only.
    await expect(page.getByRole('button', { name: 'Tạo dự thảo kế hoạch' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Bắt đầu mẫu kế hoạch từ văn bản này' }).click();

    await page.getByRole('heading', { name: /^Mẫu theo kế hoạch: Tăng cường công tác dân vận/ }).waitFor();
    await page.getByText('Bản nháp').first().waitFor();
    const rounds = page.getByRole('table', { name: 'Kỳ báo cáo của mẫu' });
    await rounds.getByRole('cell', { name: 'Hằng tháng, hạn ngày 15' }).waitFor();
    await rounds.getByRole('cell', { name: 'Ngày 15/12 hằng năm' }).waitFor();
    await page.getByRole('button', { name: 'Công bố' }).waitFor();
    await saveScreenshot(page, 'import-03-template');
  });
});
