import { readFileSync } from 'node:fs';
import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRoundsTemplateId, openRoundsTemplateName } from './apiClient';
import { confirmDialog, fillDate, logIn, logOut, reloadUntilVisible, saveScreenshot } from './browser';
import { fillHalfYearReport } from './reportForm';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const planTitle = `Kế hoạch thực hiện công tác dân vận chính quyền năm ${nextYear}`;
const subPlanDueOn = addDays(today, 20);
const draftReturnReason = 'Bổ sung chỉ tiêu xây dựng mô hình "Dân vận khéo" cho từng đơn vị.';
const halfYearReportTitle = `Báo cáo sơ kết 6 tháng — ${planTitle}`;
const reportReturnReason = 'Thiếu số cuộc đối thoại với Nhân dân; đề nghị bổ sung.';

describe('a province plan in the browser: draft, return, issue, cascade, report, consolidate', () => {
  const session = useBrowserSession('');
  let app: BrowserSession['app'];
  let page: Page;
  const { pageErrors } = session;

  beforeAll(async () => {
    ({ app, page } = session);
    // The plan's sơ kết must be open to be sent today: a form never opens before its period.
    await openRoundsTemplateId(app.url);
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
    await createForm.getByLabel('Mẫu kế hoạch').selectOption({ label: `${openRoundsTemplateName} (phiên bản 1)` });
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
    await fillDate(directive.getByLabel('Ngày ban hành'), '2021-11-26');
    await directive.getByLabel('Cơ quan ban hành').fill('Thủ tướng Chính phủ');
    await directive
      .getByLabel('Trích yếu')
      .fill('về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận của cơ quan nhà nước các cấp');
    await draft
      .getByLabel('I. Mục đích, yêu cầu')
      .fill('Nâng cao chất lượng, hiệu quả công tác dân vận chính quyền trên địa bàn tỉnh.');
    await draft
      .getByLabel('II. Nội dung, nhiệm vụ')
      .fill('1. Thực hiện tốt quy chế dân chủ ở cơ sở.\n2. Xây dựng ít nhất 02 mô hình "Dân vận khéo".');
    await draft.getByLabel('III. Tổ chức thực hiện').fill('Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp, báo cáo.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 1).').waitFor();
    await saveScreenshot(page, '02-officer-draft-saved');
    await logOut(page);
  });

  it('lets the province leader return the draft with a reason, and the officer revise it', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByRole('button', { name: 'Trả lại dự thảo' }).click();
    const returning = page.getByRole('form', { name: 'Trả lại dự thảo' });
    await returning.getByRole('button', { name: 'Trả lại dự thảo' }).click();
    await returning.getByText('Nhập lý do trả lại').waitFor();
    await returning.getByLabel('Lý do trả lại').fill(draftReturnReason);
    await returning.getByRole('button', { name: 'Trả lại dự thảo' }).click();
    await confirmDialog(page, 'Trả lại');
    await page.getByText(`Dự thảo bị trả lại: ${draftReturnReason}`).waitFor();
    await expect(page.getByRole('form', { name: 'Ban hành kế hoạch' }).count()).resolves.toBe(0);
    await saveScreenshot(page, '03-leader-returned-draft');
    await logOut(page);

    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByText(`Dự thảo bị trả lại: ${draftReturnReason}`).waitFor();
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft
      .getByLabel('II. Nội dung, nhiệm vụ')
      .fill(
        '1. Thực hiện tốt quy chế dân chủ ở cơ sở.\n2. Mỗi sở, xã, phường xây dựng ít nhất 02 mô hình "Dân vận khéo".',
      );
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 2).').waitFor();
    await expect(page.getByText('Dự thảo bị trả lại').count()).resolves.toBe(0);
    await logOut(page);
  });

  it('lets the province leader issue it, refusing a malformed số ký hiệu first', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    const issue = page.getByRole('form', { name: 'Ban hành kế hoạch' });
    await issue.getByLabel('Số, ký hiệu').fill('44-KH/UBND');
    await fillDate(issue.getByLabel('Ngày ban hành'), today);
    await issue.getByLabel('Thẩm quyền ký').selectOption('KT.');
    await issue.getByLabel('Người ký').fill('Nguyễn Tuấn Anh');
    await issue.getByLabel('Chức vụ').fill('Phó Chủ tịch');
    await issue
      .getByLabel('Nơi nhận')
      .fill('Ban Dân vận Tỉnh ủy;\nCác sở, ban, ngành;\nUBND các xã, phường;\nLưu: VT, NC.');
    await fillDate(issue.getByLabel('Hạn các đơn vị cấp dưới ban hành kế hoạch'), subPlanDueOn);
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await issue.getByText('Số, ký hiệu phải có dạng 44/KH-UBND').waitFor();
    await saveScreenshot(page, '04-leader-invalid-number');

    await issue.getByLabel('Số, ký hiệu').fill('44/KH-UBND');
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await confirmDialog(page, 'Ban hành kế hoạch');
    const issued = page.getByRole('region', { name: 'Văn bản đã ban hành' });
    await issued.getByText('44/KH-UBND').waitFor();
    await expect(issued.textContent()).resolves.toContain(formatVnDate(today));
    await expect(issue.count()).resolves.toBe(0);
    // The signing block as Decree 30/2020 sets it, not "KT. Phó Chủ tịch — name".
    await expect(issued.locator('.signing-lines span').allTextContents()).resolves.toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Tuấn Anh',
    ]);
    await saveScreenshot(page, '05-leader-issued');
  });

  it('downloads the issued plan as .docx and prints the document alone', async () => {
    const issued = page.getByRole('region', { name: 'Văn bản đã ban hành' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      issued.getByRole('link', { name: 'Tải kế hoạch (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Ke-hoach-44-KH-UBND.docx');
    const docx = readFileSync(await download.path());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.length).toBeGreaterThan(5_000);

    await page.emulateMedia({ media: 'print' });
    try {
      await expect(page.getByRole('navigation').isVisible()).resolves.toBe(false);
      await expect(issued.isVisible()).resolves.toBe(false);
      const document = page.locator('.official-document');
      for (const text of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 44/KH-UBND',
        'KẾ HOẠCH',
        'KT. CHỦ TỊCH',
        'Nơi nhận:',
      ])
        await expect(document.getByText(text, { exact: true }).isVisible()).resolves.toBe(true);
      await saveScreenshot(page, '05-leader-issued-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
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
    await saveScreenshot(page, '06-progress');
    await logOut(page);
  });

  it('puts the sub-plan in the ward officer’s inbox', async () => {
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const planLink = page.getByRole('link', { name: planTitle, exact: true });
    const row = page.getByRole('listitem').filter({ has: planLink });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Đang thực hiện trong hạn');
    await expect(row.textContent()).resolves.toContain(formatVnDate(subPlanDueOn));
    await planLink.click();
    await page.getByText('Số, ký hiệu: 44/KH-UBND').waitFor();
    await saveScreenshot(page, '07-ward-sub-plan');
  });

  it('lets the ward officer send the 6-month report with its sơ kết review', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Việc cần làm' }).click();
    const reportLink = page.getByRole('link', { name: halfYearReportTitle, exact: true });
    await reloadUntilVisible(page, reportLink);
    await reportLink.click();
    await page.getByRole('heading', { name: 'Báo cáo sơ kết 6 tháng' }).waitFor();
    // The template used here opens its rounds' periods on 01/01 of the year before (see openRoundsTemplateId).
    const [from, to] = [`${nextYear - 1}-01-01`, `${nextYear}-04-14`];
    await expect(page.locator('main').textContent()).resolves.toContain(
      `Kỳ báo cáo${formatVnDate(from)} – ${formatVnDate(to)}Hạn nộp${formatVnDate(`${nextYear}-05-10`)}`,
    );
    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await report.getByText('Chỉ tiêu: 2 · Tổng hợp: cộng số liệu của các đơn vị').waitFor();

    await report.getByLabel('Mô hình "Dân vận khéo"').fill('-1');
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await report.getByText('Nhập một số không âm, ví dụ 2 hoặc 92,5').waitFor();
    await report.getByText('Nhập kết quả so với chỉ tiêu').waitFor();
    await saveScreenshot(page, '08-report-invalid');

    await fillHalfYearReport(report);
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(page, 'Gửi báo cáo');
    await page.getByText('Đã gửi báo cáo (đúng hạn)').waitFor();
    await expect(page.getByRole('region', { name: 'Báo cáo đã gửi' }).textContent()).resolves.toContain(
      'Tổ dân phố 3, phường Pleiku',
    );
    await saveScreenshot(page, '09-report-submitted');
    await logOut(page);
  });

  it('lets the province officer consolidate the round on the progress page and return the ward’s report', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('link', { name: 'Tiến độ', exact: true }).click();
    const round = page.getByRole('region', { name: 'Báo cáo sơ kết 6 tháng', exact: true });
    const pleiku = round
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Phường Pleiku', exact: true }) });
    await pleiku.waitFor();
    await expect(pleiku.getByRole('cell').allTextContents()).resolves.toEqual([
      'Hoàn thành đúng hạn',
      '1',
      '12',
      '—',
      '92,5',
      formatVnDate(today),
      'Tải .docx',
      'Trả lại',
    ]);
    const missing = await round.getByText(/^Chưa báo cáo: /).textContent();
    expect(missing).toContain('Sở Nội vụ');
    expect(missing).toContain('Xã Ia Grai');
    expect(missing).not.toContain('Phường Pleiku');
    await saveScreenshot(page, '10-province-consolidation');

    await pleiku.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const returning = round.getByRole('form', { name: 'Trả lại báo cáo của Phường Pleiku' });
    await returning.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await returning.getByText('Nhập lý do trả lại').waitFor();
    await returning.getByLabel('Lý do trả lại').fill(reportReturnReason);
    await returning.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await confirmDialog(page, 'Trả lại báo cáo');
    await pleiku.getByText('Bị trả lại').waitFor();
    await expect(pleiku.textContent()).resolves.toContain(reportReturnReason);
    await expect(pleiku.getByRole('button', { name: 'Trả lại', exact: true }).count()).resolves.toBe(0);
    await saveScreenshot(page, '11-province-returned-report');
    await logOut(page);
  });

  it('tells the ward officer the report came back and why, and takes it again', async () => {
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const reportRow = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: halfYearReportTitle, exact: true }) });
    await reportRow.getByText('Bị trả lại', { exact: true }).waitFor();
    await expect(reportRow.textContent()).resolves.toContain(`Lý do trả lại: ${reportReturnReason}`);
    await saveScreenshot(page, '12-ward-inbox-returned');
    // Its sub-plan (from the issue), its two reports (their periods have begun) and the returned report.
    await page.getByRole('link', { name: 'Thông báo, 4 chưa đọc' }).click();
    const notice = page.getByRole('listitem').filter({ hasText: reportReturnReason });
    await notice.getByText('Bị trả lại', { exact: true }).waitFor();
    await saveScreenshot(page, '13-ward-notifications');
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByRole('link', { name: 'Thông báo', exact: true }).waitFor();

    await notice.getByRole('link', { name: `Báo cáo bị trả lại: Báo cáo sơ kết 6 tháng (${planTitle})` }).click();
    await page.getByText(`Báo cáo bị trả lại: ${reportReturnReason}`).waitFor();
    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await expect(report.getByLabel('Mô hình "Dân vận khéo"').inputValue()).resolves.toBe('1');
    await expect(report.getByLabel('Điểm tự chấm (0–100)').inputValue()).resolves.toBe('85');
    await report.getByLabel('Số cuộc đối thoại với Nhân dân').fill('4');
    await saveScreenshot(page, '14-ward-returned-report');
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(page, 'Gửi báo cáo');
    await page.getByText('Đã gửi báo cáo (đúng hạn)').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
