import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueProvincePlan, loginAs } from './apiClient';
import { confirmDialog, fillDate, logIn, logOut, reloadUntilVisible, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const planTitle = `Kế hoạch tiếp công dân năm ${nextYear}`;
const purpose = 'Bảo đảm mọi kiến nghị của Nhân dân được tiếp nhận và trả lời đúng hạn.';
const phoneWidth = 390;

/** How wide the page's content is against the window: a phone must never scroll sideways. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));

describe('an official’s working day: no lost work, confirmations, dd/mm/yyyy, and a phone', () => {
  const session = useBrowserSession('workday-');
  let app: BrowserSession['app'];
  let page: Page;
  let taskId = '';
  const { pageErrors } = session;

  beforeAll(async () => {
    ({ app, page } = session);
    const officer = await loginAs(app.url, 'gl.chuyenvien');
    const [template] = await officer.plans.templates.query();
    ({ taskId } = await officer.plans.create.mutate({
      templateId: template!.id,
      title: planTitle,
      year: nextYear,
      idempotencyKey: crypto.randomUUID(),
    }));
  });

  it('saves a half-filled draft as the officer types; a reload and another device bring it back', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await page.goto(`${app.url}/#/task/${encodeURIComponent(taskId)}`);
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft.getByLabel('I. Mục đích, yêu cầu').fill(purpose);
    await draft.getByText(/^Đã tự động lưu bản nháp lúc \d{2}:\d{2}/).waitFor();

    await page.reload();
    await draft.getByText(/^Đã khôi phục bản nháp tự động lưu lúc/).waitFor();
    await expect(draft.getByLabel('I. Mục đích, yêu cầu').inputValue()).resolves.toBe(purpose);
    await saveScreenshot(page, 'workday-01-draft-restored');

    const otherDevice = await page.context().browser()!.newContext({ locale: 'vi-VN' });
    const phone = await otherDevice.newPage();
    await logIn(phone, app.url, 'gl.chuyenvien');
    await phone.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await phone.goto(`${app.url}/#/task/${encodeURIComponent(taskId)}`);
    await phone.getByText(/^Đã khôi phục bản nháp tự động lưu lúc/).waitFor();
    await expect(
      phone.getByRole('form', { name: 'Dự thảo kế hoạch' }).getByLabel('I. Mục đích, yêu cầu').inputValue(),
    ).resolves.toBe(purpose);
    await otherDevice.close();

    // On a slow line the saved draft comes back after the officer has started typing: what was typed wins.
    const slowDevice = await page.context().browser()!.newContext({ locale: 'vi-VN' });
    const slowPage = await slowDevice.newPage();
    await logIn(slowPage, app.url, 'gl.chuyenvien');
    await slowPage.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    let releaseDraft: (() => void) | undefined;
    const draftHeld = new Promise<void>((resolve) => {
      releaseDraft = resolve;
    });
    await slowPage.route(/\/trpc\/[^?]*drafts\.get/, async (route) => {
      await draftHeld;
      await route.continue();
    });
    await slowPage.goto(`${app.url}/#/task/${encodeURIComponent(taskId)}`);
    const slowPurpose = slowPage.getByRole('form', { name: 'Dự thảo kế hoạch' }).getByLabel('I. Mục đích, yêu cầu');
    const typedFirst = 'Tiếp nhận đầy đủ kiến nghị của Nhân dân.';
    await slowPurpose.fill(typedFirst);
    const draftArrived = slowPage.waitForResponse(/\/trpc\/[^?]*drafts\.get/);
    releaseDraft?.();
    await draftArrived;
    await slowPage.getByText(/^Đã tự động lưu bản nháp lúc \d{2}:\d{2}/).waitFor();
    await expect(slowPurpose.inputValue()).resolves.toBe(typedFirst);
    await expect(slowPage.getByText(/^Đã khôi phục bản nháp/).count()).resolves.toBe(0);
    // The first device's draft is put back for the steps below.
    const saved = slowPage.waitForResponse(/\/trpc\/[^?]*drafts\.save/);
    await slowPurpose.fill(purpose);
    await saved;
    await slowDevice.close();

    // Autosaving validates nothing and saves no draft version: the plan has none until "Lưu dự thảo".
    const officer = await loginAs(app.url, 'gl.chuyenvien');
    await expect(officer.tasks.get.query({ taskId }).then((t) => t.plan?.draftVersion)).resolves.toBe(0);
  });

  it('asks before leaving the page with edits not yet saved as a draft, and stays when told to', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Việc cần làm' }).click();
    const leave = page.getByRole('dialog', { name: 'Rời trang khi chưa gửi?' });
    await leave.getByText('Bản nháp được tự động lưu').waitFor();
    await leave.getByRole('button', { name: 'Ở lại trang' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe(`#/task/${encodeURIComponent(taskId)}`);
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await expect(draft.getByLabel('I. Mục đích, yêu cầu').inputValue()).resolves.toBe(purpose);

    // Edits the server has not yet got: the browser itself asks before the tab reloads.
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await draft.getByLabel('II. Nội dung, nhiệm vụ').fill('Tiếp công dân định kỳ vào ngày 15 hằng tháng.');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await draft.getByText(/^Đã khôi phục bản nháp tự động lưu lúc/).waitFor();

    await draft.getByLabel('II. Nội dung, nhiệm vụ').fill('Tiếp công dân định kỳ vào ngày 15 hằng tháng.');
    await draft.getByLabel('III. Tổ chức thực hiện').fill('Văn phòng UBND tỉnh chủ trì, theo dõi.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 1).').waitFor();
    // Saved as a draft version: nothing is left to restore, and leaving asks nothing.
    await page.reload();
    await expect(draft.getByLabel('I. Mục đích, yêu cầu').inputValue()).resolves.toBe(purpose);
    await expect(draft.getByText(/Đã khôi phục bản nháp/).count()).resolves.toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Việc cần làm' }).click();
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await logOut(page);
  });

  it('asks the leader to confirm an issue, saying what will happen; cancelling issues nothing', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    const issue = page.getByRole('form', { name: 'Ban hành kế hoạch' });
    await issue.getByLabel('Số, ký hiệu').fill('46/KH-UBND');
    await expect(issue.getByLabel('Ngày ban hành').inputValue()).resolves.toBe(formatVnDate(today));
    await issue.getByLabel('Người ký').fill('Nguyễn Tuấn Anh');
    await issue.getByLabel('Chức vụ').fill('Phó Chủ tịch');
    await issue.getByLabel('Nơi nhận').fill('Các sở, ban, ngành;\nLưu: VT.');
    const subPlanDueOn = addDays(today, 30);
    await fillDate(issue.getByLabel('Hạn các đơn vị cấp dưới ban hành kế hoạch'), subPlanDueOn);
    await expect(issue.getByLabel('Hạn các đơn vị cấp dưới ban hành kế hoạch').inputValue()).resolves.toBe(
      formatVnDate(subPlanDueOn),
    );

    await issue.getByRole('button', { name: 'Ban hành' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Ban hành kế hoạch?' });
    await confirmation.waitFor();
    await expect(confirmation.textContent()).resolves.toContain(
      `Kế hoạch số 46/KH-UBND, ngày ${formatVnDate(today)}, TM. Nguyễn Tuấn Anh ký`,
    );
    await expect(confirmation.textContent()).resolves.toContain(`hạn ${formatVnDate(subPlanDueOn)}`);
    await saveScreenshot(page, 'workday-02-confirm-issue');
    await confirmation.getByRole('button', { name: 'Hủy' }).click();
    await confirmation.waitFor({ state: 'hidden' });
    const leader = await loginAs(app.url, 'gl.lanhdao');
    await expect(leader.tasks.get.query({ taskId }).then((t) => t.plan?.issue ?? null)).resolves.toBeNull();
    await issue.waitFor();

    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await confirmDialog(page, 'Ban hành kế hoạch');
    await page.getByRole('region', { name: 'Văn bản đã ban hành' }).getByText('46/KH-UBND').waitFor();
    await logOut(page);
  });

  it('shows a report whose period has not begun as "chưa đến kỳ báo cáo", readable but not sendable', async () => {
    // The seed template's sơ kết of a plan two years ahead opens on 15/12 of next year.
    const laterYear = nextYear + 1;
    const laterTitle = `Kế hoạch dân vận chính quyền năm ${laterYear}`;
    await issueProvincePlan(app.url, laterTitle, laterYear, today, addDays(today, 20));
    const opensOn = formatVnDate(`${nextYear}-12-15`);
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const upcoming = page.getByRole('region', { name: 'Chưa đến kỳ báo cáo' });
    const reportTitle = `Báo cáo sơ kết 6 tháng — ${laterTitle}`;
    await reloadUntilVisible(page, upcoming.getByRole('link', { name: reportTitle, exact: true }));
    const row = upcoming.getByRole('listitem').filter({ hasText: reportTitle });
    await row.getByText(`Chưa đến kỳ báo cáo — mở từ ${opensOn}`).waitFor();
    await row.getByText('Chưa đến hạn', { exact: true }).waitFor();
    await expect(
      page.getByRole('region', { name: 'Chờ tôi xử lý' }).getByRole('link', { name: reportTitle, exact: true }).count(),
    ).resolves.toBe(0);

    await upcoming.getByRole('link', { name: reportTitle, exact: true }).click();
    await page.getByRole('heading', { name: 'Báo cáo sơ kết 6 tháng' }).waitFor();
    await page.getByText(`Chưa đến kỳ báo cáo — mở từ ${opensOn}. Có thể xem và soạn trước`).waitFor();
    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await report.getByText(`Gửi được từ ngày ${opensOn}`).waitFor();
    await expect(report.getByRole('button', { name: 'Gửi báo cáo' }).isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, 'workday-04-report-not-yet-open');
    await logOut(page);
  });

  it('fits a 390 px phone: the header collapses into a menu, and a form takes one column with no sideways scroll', async () => {
    await page.setViewportSize({ width: phoneWidth, height: 844 });
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    const header = page.locator('header.app-header');
    const menuButton = header.getByRole('button', { name: 'Menu' });
    await menuButton.waitFor();
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await expect(header.evaluate((el) => el.scrollWidth)).resolves.toBeLessThanOrEqual(phoneWidth);
    await expect(horizontalOverflow(page)).resolves.toEqual({ scrollWidth: phoneWidth, viewport: phoneWidth });
    await saveScreenshot(page, 'workday-03-phone-inbox');

    await menuButton.click();
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await menu.getByRole('link', { name: 'Việc cần làm' }).waitFor();
    await saveScreenshot(page, 'workday-04-phone-menu');
    await menu.getByRole('link', { name: 'Theo dõi' }).click();
    await menu.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).hash).toBe('#/plans');
    await page.getByRole('heading', { name: 'Theo dõi kế hoạch' }).waitFor();

    await expect(horizontalOverflow(page)).resolves.toEqual({ scrollWidth: phoneWidth, viewport: phoneWidth });
    await menuButton.click();
    await menu.getByRole('link', { name: 'Việc cần làm' }).click();
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const createForm = page.getByRole('form', { name: 'Tạo kế hoạch mới' });
    await createForm.getByLabel('Tên kế hoạch').fill(`Kế hoạch cải cách hành chính năm ${nextYear}`);
    await createForm.getByLabel('Năm').fill(String(nextYear));
    await createForm.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft.getByRole('button', { name: 'Thêm căn cứ' }).click();
    const directive = draft.getByRole('group', { name: 'Căn cứ 1' });
    const numberBox = await directive.getByLabel('Số hiệu').boundingBox();
    const dateBox = await directive.getByLabel('Ngày ban hành').boundingBox();
    expect(dateBox!.y).toBeGreaterThan(numberBox!.y + numberBox!.height - 1);
    await expect(horizontalOverflow(page)).resolves.toEqual({ scrollWidth: phoneWidth, viewport: phoneWidth });
    const formBox = await draft.boundingBox();
    expect(formBox!.x + formBox!.width).toBeLessThanOrEqual(phoneWidth);
    await saveScreenshot(page, 'workday-05-phone-draft-form');
    expect(pageErrors).toEqual([]);
  });
});
