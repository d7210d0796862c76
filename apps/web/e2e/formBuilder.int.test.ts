import { formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { confirmDialog, logIn, logOut, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());
const templateName = 'Kế hoạch thực hiện công tác dân vận chính quyền';
const question = 'Khó khăn, vướng mắc';

describe('the administrator builds a template’s report form in the browser', () => {
  const session = useBrowserSession('form-builder-');
  let app: BrowserSession['app'];
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = session);
  });

  it('adds a required long-text question, sees it in the preview, is refused a reserved key, then saves and publishes', async () => {
    await logIn(page, app.url, 'quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('link', { name: templateName }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
    const editor = page.getByRole('form', { name: 'Phiên bản mới của mẫu' });

    const planForm = editor.getByRole('group', { name: 'Biểu mẫu kế hoạch', exact: true });
    await expect(
      planForm.getByRole('group', { name: 'Trường 1', exact: true }).getByLabel('Nhãn').first().inputValue(),
    ).resolves.toBe('Căn cứ');
    await planForm
      .getByRole('region', { name: 'Xem trước biểu mẫu kế hoạch' })
      .getByLabel('I. Mục đích, yêu cầu')
      .waitFor();

    const reportForm = editor.getByRole('group', { name: 'Câu hỏi trong báo cáo', exact: true });
    await reportForm.getByText('Báo cáo không có câu hỏi thêm').waitFor();
    await reportForm.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const first = reportForm.getByRole('group', { name: 'Câu hỏi 1', exact: true });
    await first.getByLabel('Nhãn').fill(question);
    await expect(first.getByLabel('Loại').inputValue()).resolves.toBe('longText');
    await first.getByLabel('Bắt buộc').check();
    await expect(first.getByLabel('Mã trường').inputValue()).resolves.toBe('khoKhanVuongMac');
    const preview = reportForm.getByRole('region', { name: 'Xem trước câu hỏi trong báo cáo' });
    await expect(preview.getByRole('textbox', { name: question }).count()).resolves.toBe(1);
    await saveScreenshot(page, 'form-builder-01-preview');

    await reportForm.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await reportForm
      .getByRole('group', { name: 'Câu hỏi 2', exact: true })
      .getByLabel('Nhãn')
      .fill('Đề xuất, kiến nghị');
    await reportForm.getByRole('button', { name: 'Chuyển câu hỏi 2 lên' }).click();
    await expect(first.getByLabel('Nhãn').inputValue()).resolves.toBe('Đề xuất, kiến nghị');
    await reportForm.getByRole('button', { name: 'Xóa câu hỏi 1' }).click();
    await expect(first.getByLabel('Nhãn').inputValue()).resolves.toBe(question);
    await expect(reportForm.getByRole('group', { name: 'Câu hỏi 2', exact: true }).count()).resolves.toBe(0);

    await first.getByLabel('Mã trường').fill('review');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await first.getByText('Mã trường "review" dành cho phần chung của báo cáo, hãy đặt mã khác').waitFor();
    await expect(page.getByText('Mã dan-van-chinh-quyen-v2').count()).resolves.toBe(0);

    await first.getByLabel('Mã trường').fill('khoKhanVuongMac');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByText('Mã dan-van-chinh-quyen-v2 · Phiên bản 2').waitFor();
    await page.getByRole('button', { name: 'Công bố' }).click();
    await confirmDialog(page, 'Công bố phiên bản');
    await page.getByText(`Đã công bố ${formatVnDate(today)}`).waitFor();
    await expect(
      page.getByRole('list', { name: 'Câu hỏi của báo cáo' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual([`${question} (Đoạn văn, bắt buộc)`]);
    await expect(
      page.getByRole('list', { name: 'Các trường của biểu mẫu kế hoạch' }).getByRole('listitem').first().textContent(),
    ).resolves.toMatch(/^Căn cứ \(Bảng\)/);
    await saveScreenshot(page, 'form-builder-02-published');
    await logOut(page);
    expect(session.pageErrors).toEqual([]);
  });
});
