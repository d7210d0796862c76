import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs, publishOpenRounds, submitAnnualReport } from './apiClient';
import { confirmDialog, fillDate, logIn, logOut, reloadUntilVisible, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const templateName = 'Kế hoạch thực hiện công tác dân vận chính quyền';
const stepLabel = 'Trưởng phòng Tổng hợp thẩm định';
const planTitle = `Kế hoạch công tác dân vận chính quyền năm ${nextYear} (duyệt, tổng kết)`;
const annualTitle = `Báo cáo tổng kết năm — ${planTitle}`;
const consolidatedTitle = `Tổng hợp báo cáo tổng kết năm — ${planTitle}`;
const draftReturnReason = 'Bổ sung thời hạn đăng ký mô hình "Dân vận khéo".';
const returnReason = 'Thiếu số cuộc đối thoại với Nhân dân trong năm; đề nghị bổ sung.';
const closedRefusal = 'Năm kế hoạch đã kết thúc (đã tổng kết); không thể thay đổi.';

const planRow = (page: Page, title: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
/** A task in the inbox, shown as a card's line. */
const inboxItem = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

describe('approval steps, the focal unit’s consolidation and the tổng kết that closes the year, in the browser', () => {
  const session = useBrowserSession('close-');
  let app: BrowserSession['app'];
  let page: Page;
  const { pageErrors } = session;

  beforeAll(async () => {
    ({ app, page } = session);
  });

  it('lets the administrator publish a template version whose drafts the head reviews first', async () => {
    await logIn(page, app.url, 'quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('link', { name: templateName }).click();
    await page.getByText('Không có bước duyệt: lãnh đạo ban hành ngay bản dự thảo đã lưu.').waitFor();
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();

    const editor = page.getByRole('form', { name: 'Phiên bản mới của mẫu' });
    await editor.getByRole('button', { name: 'Thêm bước duyệt' }).click();
    const step = editor.getByRole('group', { name: 'Bước duyệt 1' });
    await step.getByLabel('Mã bước').fill('Thẩm định');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await step.getByText('Mã bước duyệt chỉ gồm chữ thường, số và dấu gạch ngang').waitFor();
    await step.getByText('Nhập tên bước duyệt').waitFor();
    await step.getByLabel('Mã bước').fill('tham-dinh');
    await step.getByLabel('Tên bước').fill(stepLabel);
    await expect(step.getByLabel('Người duyệt').inputValue()).resolves.toBe('head');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();

    await page.getByText('Mã dan-van-chinh-quyen-v2 · Phiên bản 2').waitFor();
    const steps = page.getByRole('table', { name: 'Các bước duyệt dự thảo của mẫu' });
    await expect(steps.getByRole('row').nth(1).getByRole('cell').allTextContents()).resolves.toEqual([
      '1',
      'tham-dinh',
      stepLabel,
      'Trưởng phòng',
    ]);
    await page.getByRole('button', { name: 'Công bố' }).click();
    await confirmDialog(page, 'Công bố phiên bản');
    await page.getByText(`Đã công bố ${formatVnDate(today)}`).waitFor();
    await saveScreenshot(page, 'close-01-template-with-approval-step');
    await logOut(page);
  });

  it('lets the province officer create and draft a plan from the new version', async () => {
    // Version 3 is version 2 with its rounds open now, so the tổng kết below can be sent today (a report form never
    // opens before its period; the editor does not set a round's own period).
    await publishOpenRounds(app.url, 'dan-van-chinh-quyen-v2', 'dan-van-chinh-quyen', templateName);
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const createForm = page.getByRole('form', { name: 'Tạo kế hoạch mới' });
    await createForm.getByLabel('Mẫu kế hoạch').selectOption({ label: `${templateName} (phiên bản 3)` });
    await createForm.getByLabel('Tên kế hoạch').fill(planTitle);
    await createForm.getByLabel('Năm').fill(String(nextYear));
    await createForm.getByRole('button', { name: 'Tạo kế hoạch' }).click();

    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft
      .getByLabel('I. Mục đích, yêu cầu')
      .fill('Nâng cao chất lượng, hiệu quả công tác dân vận chính quyền trên địa bàn tỉnh.');
    await draft
      .getByLabel('II. Nội dung, nhiệm vụ')
      .fill('Mỗi sở, xã, phường xây dựng ít nhất 02 mô hình "Dân vận khéo".');
    await draft.getByLabel('III. Tổ chức thực hiện').fill('Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp, báo cáo.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 1).').waitFor();
    const approval = page.getByRole('region', { name: 'Các bước duyệt dự thảo' });
    await approval.getByText(`${stepLabel}: Đang chờ Trưởng phòng duyệt`).waitFor();
    await expect(approval.getByRole('button').count()).resolves.toBe(0);
    await logOut(page);
  });

  it('shows the leader that the draft waits for the head’s review, with nothing to issue yet', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    const approval = page.getByRole('region', { name: 'Các bước duyệt dự thảo' });
    await approval.getByText(`${stepLabel}: Đang chờ Trưởng phòng duyệt`).waitFor();
    await approval.getByText('Kế hoạch được ban hành sau khi dự thảo qua đủ các bước duyệt.').waitFor();
    await expect(approval.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('form', { name: 'Ban hành kế hoạch' }).count()).resolves.toBe(0);
    await saveScreenshot(page, 'close-02-leader-waits-for-head');
    await logOut(page);
  });

  it('lets the head return the draft with a reason, and the officer revise it for review again', async () => {
    await logIn(page, app.url, 'gl.truongphong');
    await expect(page.getByRole('button', { name: 'Tạo kế hoạch mới' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByText('Nâng cao chất lượng, hiệu quả công tác dân vận chính quyền trên địa bàn tỉnh.').waitFor();
    await expect(page.getByRole('form', { name: 'Dự thảo kế hoạch' }).count()).resolves.toBe(0);
    await page
      .getByRole('region', { name: 'Các bước duyệt dự thảo' })
      .getByRole('button', { name: 'Trả lại dự thảo' })
      .click();
    const returning = page.getByRole('form', { name: 'Trả lại dự thảo' });
    await returning.getByLabel('Lý do trả lại').fill(draftReturnReason);
    await returning.getByRole('button', { name: 'Trả lại dự thảo' }).click();
    await confirmDialog(page, 'Trả lại');
    await page.getByText(`Dự thảo bị trả lại: ${draftReturnReason}`).waitFor();
    await expect(page.getByRole('region', { name: 'Các bước duyệt dự thảo' }).count()).resolves.toBe(0);
    await logOut(page);

    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByText(`Dự thảo bị trả lại: ${draftReturnReason}`).waitFor();
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft
      .getByLabel('II. Nội dung, nhiệm vụ')
      .fill('Mỗi sở, xã, phường xây dựng ít nhất 02 mô hình "Dân vận khéo"; đăng ký mô hình trước ngày 31/3.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 2).').waitFor();
    const approval = page.getByRole('region', { name: 'Các bước duyệt dự thảo' });
    await approval.getByText('Phiên bản 2').waitFor();
    await approval.getByText(`${stepLabel}: Đang chờ Trưởng phòng duyệt`).waitFor();
    await logOut(page);
  });

  it('lets the head approve the revised draft', async () => {
    await logIn(page, app.url, 'gl.truongphong');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByText('đăng ký mô hình trước ngày 31/3.', { exact: false }).waitFor();
    const approval = page.getByRole('region', { name: 'Các bước duyệt dự thảo' });
    await approval.getByRole('button', { name: `Duyệt: ${stepLabel}` }).click();
    await confirmDialog(page, 'Duyệt');
    await approval.getByText(`${stepLabel}: Đã duyệt`).waitFor();
    await approval.getByText('Đã qua đủ các bước duyệt; chờ lãnh đạo ban hành.').waitFor();
    await expect(approval.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('form', { name: 'Ban hành kế hoạch' }).count()).resolves.toBe(0);
    await saveScreenshot(page, 'close-03-head-approved');
    await logOut(page);
  });

  it('lets the leader issue the approved draft with Sở Nội vụ as the focal unit', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByRole('region', { name: 'Các bước duyệt dự thảo' }).getByText(`${stepLabel}: Đã duyệt`).waitFor();
    const issue = page.getByRole('form', { name: 'Ban hành kế hoạch' });
    await issue.getByLabel('Số, ký hiệu').fill('52/KH-UBND');
    await issue.getByLabel('Thẩm quyền ký').selectOption('KT.');
    await issue.getByLabel('Người ký').fill('Nguyễn Tuấn Anh');
    await issue.getByLabel('Chức vụ').fill('Phó Chủ tịch');
    await issue.getByLabel('Nơi nhận').fill('Các sở, ban, ngành;\nUBND các xã, phường;\nLưu: VT, NC.');
    await fillDate(issue.getByLabel('Hạn các đơn vị cấp dưới ban hành kế hoạch'), addDays(today, 20));
    await expect(issue.getByLabel('Đơn vị đầu mối tổng hợp báo cáo').inputValue()).resolves.toBe('');
    await issue.getByLabel('Đơn vị đầu mối tổng hợp báo cáo').selectOption({ label: 'Sở Nội vụ' });
    await expect(issue.getByText('Ban hành bản dự thảo đã lưu (phiên bản 2)').count()).resolves.toBe(1);
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await confirmDialog(page, 'Ban hành kế hoạch');

    const issued = page.getByRole('region', { name: 'Văn bản đã ban hành' });
    await issued.getByText('52/KH-UBND').waitFor();
    await expect(issued.textContent()).resolves.toContain('Đơn vị đầu mối tổng hợp báo cáoSở Nội vụ');
    await expect(page.getByRole('region', { name: 'Các bước duyệt dự thảo' }).count()).resolves.toBe(0);
    await saveScreenshot(page, 'close-04-issued-with-focal-unit');
    await logOut(page);
  });

  it('gives Sở Nội vụ the province’s tổng kết as focal work, and lets it return a ward’s report', async () => {
    await submitAnnualReport(
      app.url,
      'gl-pleiku.chuyenvien',
      planTitle,
      { skilledModels: 2, citizenReceptions: 24, dialogues: 4, petitionsResolvedRate: 95 },
      'Đạt 02/02 mô hình',
    );
    await submitAnnualReport(
      app.url,
      'gl-ia-grai.chuyenvien',
      planTitle,
      { skilledModels: 1, citizenReceptions: 10, dialogues: 0, petitionsResolvedRate: 85 },
      'Đạt 01/02 mô hình',
    );

    await logIn(page, app.url, 'gl-snv.chuyenvien');
    const focalWork = inboxItem(page, consolidatedTitle).filter({ hasText: 'Đầu mối tổng hợp cho Tỉnh Gia Lai' });
    await reloadUntilVisible(page, focalWork);
    await expect(focalWork.textContent()).resolves.toContain(formatVnDate(`${nextYear}-11-04`));
    await saveScreenshot(page, 'close-05-focal-inbox');
    await focalWork.getByRole('link', { name: consolidatedTitle, exact: true }).click();

    await page.getByRole('heading', { name: 'Báo cáo tổng kết năm' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Đơn vị báo cáoTỉnh Gia Lai — Sở Nội vụ tổng hợp (đơn vị đầu mối)',
    );
    const subordinates = page.getByRole('region', { name: 'Tổng hợp từ đơn vị cấp dưới' });
    const iaGrai = subordinates
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Xã Ia Grai', exact: true }) });
    await expect(iaGrai.getByRole('cell').allTextContents()).resolves.toEqual([
      'Hoàn thành đúng hạn',
      '1',
      '10',
      '0',
      '85',
      formatVnDate(today),
      'Tải .docx',
      'Trả lại',
    ]);
    await iaGrai.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const returning = subordinates.getByRole('form', { name: 'Trả lại báo cáo của Xã Ia Grai' });
    await returning.getByLabel('Lý do trả lại').fill(returnReason);
    await returning.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await confirmDialog(page, 'Trả lại báo cáo');
    await iaGrai.getByText('Bị trả lại').waitFor();
    await expect(iaGrai.textContent()).resolves.toContain(returnReason);
    await saveScreenshot(page, 'close-06-focal-returned-report');
  });

  it('shows Sở Nội vụ the wards’ figures summed and lets it send the tổng kết', async () => {
    await submitAnnualReport(
      app.url,
      'gl-ia-grai.chuyenvien',
      planTitle,
      { skilledModels: 1, citizenReceptions: 10, dialogues: 2, petitionsResolvedRate: 85 },
      'Đạt 01/02 mô hình',
    );
    await page.reload();
    const subordinates = page.getByRole('region', { name: 'Tổng hợp từ đơn vị cấp dưới' });
    const total = subordinates
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Tổng hợp (2 đơn vị)' }) });
    await total.waitFor();
    await expect(total.getByRole('cell').allTextContents()).resolves.toEqual(['3', '34', '6', '90', '']);
    const missing = await subordinates.getByText(/^Chưa báo cáo: /).textContent();
    expect(missing).toContain('Xã Biển Hồ');
    expect(missing).not.toContain('Xã Ia Grai');

    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await expect(report.getByLabel('Mô hình "Dân vận khéo"').inputValue()).resolves.toBe('3');
    await expect(report.getByLabel('Số cuộc đối thoại với Nhân dân').inputValue()).resolves.toBe('6');
    await report
      .getByLabel('Thuyết minh kết quả')
      .fill('Tổng kết công tác dân vận chính quyền toàn tỉnh năm ' + nextYear + '.');
    await report.getByLabel('Kết quả so với chỉ tiêu').fill('Đạt 03 mô hình "Dân vận khéo" trên toàn tỉnh.');
    await report.getByLabel('Hạn chế', { exact: true }).fill('Xã Biển Hồ chưa gửi báo cáo tổng kết.');
    await report.getByLabel('Điểm tự chấm (0–100)').fill('82');
    await saveScreenshot(page, 'close-07-focal-consolidation');
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(page, 'Gửi báo cáo');
    await page.getByText('Đã gửi báo cáo (đúng hạn)').waitFor();
    await logOut(page);
  });

  it('shows the leader the plan closed, with its unfinished units ended and no more requests or returns', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('navigation').getByRole('link', { name: 'Theo dõi' }).click();
    const closedPlan = planRow(page, planTitle).filter({ hasText: 'Đã tổng kết, kết thúc năm' });
    await reloadUntilVisible(page, closedPlan);
    await saveScreenshot(page, 'close-08-plans-closed');

    await closedPlan.getByRole('link', { name: planTitle, exact: true }).click();
    await page.getByText('Năm kế hoạch đã kết thúc (đã tổng kết).').waitFor();
    const bienHo = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Xã Biển Hồ', exact: true }) });
    await expect(bienHo.textContent()).resolves.toContain('Đã kết thúc');
    const annual = page.getByRole('region', { name: 'Báo cáo tổng kết năm', exact: true });
    await annual.getByRole('rowheader', { name: 'Phường Pleiku', exact: true }).waitFor();
    await expect(annual.getByRole('button', { name: 'Trả lại', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Yêu cầu báo cáo đột xuất' }).count()).resolves.toBe(0);
    await saveScreenshot(page, 'close-09-progress-closed');
    await logOut(page);
  });

  it('marks the task of a ward that never reported as ended, offers no report form, and refuses a late submission', async () => {
    await logIn(page, app.url, 'gl-bien-ho.chuyenvien');
    const ended = inboxItem(page, annualTitle);
    await ended.getByText('Năm kế hoạch đã kết thúc').waitFor();
    await expect(ended.getByText('Đã kết thúc', { exact: true }).count()).resolves.toBe(1);
    await saveScreenshot(page, 'close-10-ward-task-ended');
    await ended.getByRole('link', { name: annualTitle, exact: true }).click();
    await page.getByText('Năm kế hoạch đã kết thúc (đã tổng kết): không nhận thêm báo cáo.').waitFor();
    await expect(page.getByRole('main').getByText('Đã kết thúc', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('form', { name: 'Nhập báo cáo' }).count()).resolves.toBe(0);
    await saveScreenshot(page, 'close-11-late-report-not-offered');
    // A page opened before the close still shows the form: the server refuses what it sends.
    const taskId = decodeURIComponent(new URL(page.url()).hash.replace('#/task/', ''));
    const ward = await loginAs(app.url, 'gl-bien-ho.chuyenvien');
    const late = await ward.reports.submit
      .mutate({ taskId, idempotencyKey: crypto.randomUUID(), values: { skilledModels: 1 }, narrative: 'Báo cáo muộn.' })
      .catch((e: Error) => e);
    expect(late).toMatchObject({ message: closedRefusal });
    expect(pageErrors).toEqual([]);
  });
});
