import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs, openRoundsTemplateId, openRoundsTemplateName } from './apiClient';
import { confirmDialog, logIn, logOut, reloadUntilVisible, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';
import { fillHalfYearReport } from './reportForm';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const signOffOption = 'Báo cáo phải được lãnh đạo đơn vị ký duyệt trước khi gửi';
const planTitle = `Kế hoạch công tác dân vận chính quyền năm ${nextYear} (ký duyệt báo cáo)`;
const reportTitle = `Báo cáo sơ kết 6 tháng — ${planTitle}`;
const returnReason = 'Bổ sung kết quả tiếp công dân của tháng 6.';

/** The province's plan from the template's new version, issued over HTTP: the wards' report tasks open. */
async function issuePlanFrom(baseUrl: string, templateId: string) {
  const officer = await loginAs(baseUrl, 'gl.chuyenvien');
  const { taskId } = await officer.plans.create.mutate({
    templateId,
    title: planTitle,
    year: nextYear,
    idempotencyKey: crypto.randomUUID(),
  });
  const draft = { title: planTitle, directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức' };
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: crypto.randomUUID(), baseVersion: 0, draft });
  const leader = await loginAs(baseUrl, 'gl.lanhdao');
  const issue = {
    documentNumber: '46/KH-UBND',
    issuedOn: today,
    signerName: 'Nguyễn Tuấn Anh',
    signerTitle: 'Phó Chủ tịch',
    signingCapacity: 'KT.' as const,
    recipients: [],
    subPlanDueOn: addDays(today, 20),
  };
  await leader.plans.issue.mutate({ taskId, idempotencyKey: crypto.randomUUID(), draftVersion: 1, issue });
}

async function openReport(page: Page, username: string) {
  await logIn(page, session.app.url, username);
  const link = page.getByRole('link', { name: reportTitle, exact: true });
  await reloadUntilVisible(page, link);
  await link.click();
  await page.getByRole('heading', { name: 'Báo cáo sơ kết 6 tháng' }).waitFor();
}

const session: BrowserSession = useBrowserSession('sign-off-');

describe('a ward’s report signed off by its leader before it is sent, in the browser', () => {
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('lets the administrator require the leader’s sign-off in a new template version', async () => {
    await openRoundsTemplateId(session.app.url);
    await logIn(page, session.app.url, 'quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('link', { name: openRoundsTemplateName }).click();
    await page.getByText('Chuyên viên gửi báo cáo trực tiếp').waitFor();
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
    const editor = page.getByRole('form', { name: 'Phiên bản mới của mẫu' });
    await editor.getByRole('checkbox', { name: signOffOption }).check();
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByText('Mã ky-da-mo-v2 · Phiên bản 2').waitFor();
    await page.getByText(signOffOption).waitFor();
    await page.getByRole('button', { name: 'Công bố' }).click();
    await confirmDialog(page, 'Công bố phiên bản');
    await page.getByText(`Đã công bố ${formatVnDate(today)}`).waitFor();
    await logOut(page);
    await issuePlanFrom(session.app.url, 'ky-da-mo-v2');
  });

  it('lets the ward officer submit the report to the leader, after a confirmation, and not send it', async () => {
    await openReport(page, 'gl-pleiku.chuyenvien');
    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await fillHalfYearReport(report);
    await report.getByRole('button', { name: 'Trình lãnh đạo ký duyệt' }).click();
    await confirmDialog(page, 'Trình lãnh đạo ký duyệt');
    const waiting = page.getByRole('region', { name: 'Báo cáo chờ ký duyệt' });
    await waiting.getByText('Báo cáo chưa được gửi tới đơn vị nhận.').waitFor();
    await expect(waiting.getByRole('button').count()).resolves.toBe(0);
    await saveScreenshot(page, 'sign-off-01-officer-waits');
    await logOut(page);
  });

  it('lets the ward leader return it with a reason; the officer revises what was submitted and submits again', async () => {
    await logIn(page, session.app.url, 'gl-pleiku.lanhdao');
    const mine = page.getByRole('region', { name: 'Chờ tôi xử lý' });
    const task = mine.getByRole('listitem').filter({ has: page.getByRole('link', { name: reportTitle, exact: true }) });
    await task.getByText('Lãnh đạo ký duyệt báo cáo trước khi gửi').waitFor();
    await task.getByRole('link', { name: reportTitle, exact: true }).click();
    const waiting = page.getByRole('region', { name: 'Báo cáo chờ ký duyệt' });
    await waiting.getByText('Đã xây dựng 01 mô hình "Dân vận khéo" về vệ sinh môi trường khu dân cư.').waitFor();
    await waiting.getByRole('button', { name: 'Trả lại' }).click();
    const returning = page.getByRole('form', { name: 'Trả lại báo cáo cho chuyên viên' });
    await returning.getByLabel('Lý do trả lại').fill(returnReason);
    await returning.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await confirmDialog(page, 'Trả lại báo cáo');
    await page.getByText(`Lãnh đạo trả lại báo cáo: ${returnReason}`).waitFor();
    await logOut(page);

    await openReport(page, 'gl-pleiku.chuyenvien');
    await page.getByText(`Lãnh đạo trả lại báo cáo: ${returnReason}`).waitFor();
    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await expect(report.getByLabel('Mô hình "Dân vận khéo"').inputValue()).resolves.toBe('1');
    await report.getByLabel('Số buổi tiếp công dân').fill('14');
    await report.getByRole('button', { name: 'Trình lãnh đạo ký duyệt' }).click();
    await confirmDialog(page, 'Trình lãnh đạo ký duyệt');
    await page.getByRole('region', { name: 'Báo cáo chờ ký duyệt' }).waitFor();
    await logOut(page);
  });

  it('lets the ward leader sign it off after a confirmation: sent once, with who signed', async () => {
    await openReport(page, 'gl-pleiku.lanhdao');
    const waiting = page.getByRole('region', { name: 'Báo cáo chờ ký duyệt' });
    await waiting.getByRole('button', { name: 'Ký duyệt và gửi' }).click();
    await page.getByRole('dialog').getByText('ghi nhận bạn là người ký duyệt').waitFor();
    await confirmDialog(page, 'Ký duyệt và gửi');
    await page.getByText('Đã gửi báo cáo (đúng hạn)').waitFor();
    const sent = page.getByRole('region', { name: 'Báo cáo đã gửi' });
    await expect(sent.textContent()).resolves.toContain(`Lãnh đạo ký duyệt`);
    await expect(sent.textContent()).resolves.toContain(`ngày ${formatVnDate(today)}`);
    await expect(sent.textContent()).resolves.toContain('14');
    await saveScreenshot(page, 'sign-off-02-leader-signed');
    await logOut(page);

    const receiver = await loginAs(session.app.url, 'gl.chuyenvien');
    const received = (await receiver.notifications.inbox.query()).filter(
      (n) => n.kind === 'received' && n.subject.includes('Phường Pleiku') && n.subject.includes(planTitle),
    );
    expect(received).toHaveLength(1);
    expect(session.pageErrors).toEqual([]);
  });
});
