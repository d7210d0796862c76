import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn, logOut, saveScreenshot } from './browser';
import { startApp } from './startApp';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const planTitle = `Kế hoạch thực hiện công tác dân vận chính quyền năm ${nextYear}`;
const subPlanDueOn = addDays(today, 20);

describe('a province plan from draft to cascade, in the browser', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && console.error(`[browser] ${message.text()}`));
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await saveScreenshot(page, `failed-${task.name.replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the server’s message for a wrong password', async () => {
    await logIn(page, app.url, 'gl.chuyenvien', 'sai-mat-khau');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await saveScreenshot(page, '01-login-error');
  });

  it('lets the province officer create and draft the plan', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const createForm = page.getByRole('form', { name: 'Tạo kế hoạch mới' });
    await createForm.getByLabel('Tên kế hoạch').fill(planTitle);
    await createForm.getByLabel('Năm').fill(String(nextYear));
    await createForm.getByRole('button', { name: 'Tạo kế hoạch' }).click();

    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await expect(draft.getByLabel('Tên kế hoạch').inputValue()).resolves.toBe(planTitle);
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Mục đích, yêu cầu không được để trống').waitFor();

    await draft.getByRole('button', { name: 'Thêm căn cứ' }).click();
    const directive = draft.getByRole('group', { name: 'Căn cứ 1' });
    await directive.getByLabel('Số hiệu').fill('33/CT-TTg');
    await directive.getByLabel('Ngày ban hành').fill('2021-11-26');
    await directive.getByLabel('Cơ quan ban hành').fill('Thủ tướng Chính phủ');
    await directive.getByLabel('Trích yếu').fill('về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận của cơ quan nhà nước các cấp');
    await draft.getByLabel('I. Mục đích, yêu cầu').fill('Nâng cao chất lượng, hiệu quả công tác dân vận chính quyền trên địa bàn tỉnh.');
    await draft.getByLabel('II. Nội dung, nhiệm vụ').fill('1. Thực hiện tốt quy chế dân chủ ở cơ sở.\n2. Xây dựng ít nhất 02 mô hình "Dân vận khéo".');
    await draft.getByLabel('III. Tổ chức thực hiện').fill('Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp, báo cáo.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 1).').waitFor();
    await saveScreenshot(page, '02-officer-draft-saved');
    await logOut(page);
  });

  it('lets the province leader issue it, refusing a malformed số ký hiệu first', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    const issue = page.getByRole('form', { name: 'Ban hành kế hoạch' });
    await issue.getByLabel('Số, ký hiệu').fill('44-KH/UBND');
    await issue.getByLabel('Ngày ban hành').fill(today);
    await issue.getByLabel('Thẩm quyền ký').selectOption('KT.');
    await issue.getByLabel('Người ký').fill('Nguyễn Tuấn Anh');
    await issue.getByLabel('Chức vụ').fill('Phó Chủ tịch');
    await issue.getByLabel('Nơi nhận').fill('Ban Dân vận Tỉnh ủy;\nCác sở, ban, ngành;\nUBND các xã, phường;\nLưu: VT, NC.');
    await issue.getByLabel('Hạn các đơn vị cấp dưới ban hành kế hoạch').fill(subPlanDueOn);
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await issue.getByText('Số, ký hiệu phải có dạng 44/KH-UBND').waitFor();
    await saveScreenshot(page, '03-leader-invalid-number');

    await issue.getByLabel('Số, ký hiệu').fill('44/KH-UBND');
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    const issued = page.getByRole('region', { name: 'Văn bản đã ban hành' });
    await issued.getByText('44/KH-UBND').waitFor();
    await expect(issued.textContent()).resolves.toContain(formatVnDate(today));
    await expect(issue.count()).resolves.toBe(0);
    await saveScreenshot(page, '04-leader-issued');
  });

  it('shows the cascade to the subordinate units on the progress page', async () => {
    await page.getByRole('link', { name: 'Xem tiến độ triển khai' }).click();
    for (const unit of ['Sở Nội vụ', 'Phường Pleiku', 'Xã Ia Grai']) {
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: unit, exact: true }) });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Đang thực hiện trong hạn');
      await expect(row.textContent()).resolves.toContain(formatVnDate(subPlanDueOn));
    }
    await expect(page.getByLabel('Tổng hợp').textContent()).resolves.toMatch(/Đã ban hành 0\/\d+/);
    await saveScreenshot(page, '05-progress');
    await logOut(page);
  });

  it('puts the sub-plan in the ward officer’s inbox', async () => {
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const planLink = page.getByRole('link', { name: planTitle, exact: true });
    const row = page.getByRole('row').filter({ has: planLink });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Đang thực hiện trong hạn');
    await expect(row.textContent()).resolves.toContain(formatVnDate(subPlanDueOn));
    await planLink.click();
    await page.getByText('Số, ký hiệu: 44/KH-UBND').waitFor();
    await saveScreenshot(page, '06-ward-sub-plan');
    expect(pageErrors).toEqual([]);
  });
});
