import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueProvincePlan, markupTypedByUser } from './apiClient';
import { logIn, logOut, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const planTitle = `Kế hoạch công tác dân vận chính quyền năm ${nextYear} (cấp trên)`;
const subPlanDueOn = addDays(today, 25);

describe('an official’s day: the parent plan at hand, notifications, the inbox on a phone', () => {
  const session = useBrowserSession('day-');
  let app: BrowserSession['app'];
  let page: Page;
  const { pageErrors } = session;

  beforeAll(async () => {
    ({ app, page } = session);
    await issueProvincePlan(app.url, planTitle, nextYear, today, subPlanDueOn);
  });

  it('lets a ward officer open the province plan from its task, read-only, with what it asks of the ward', async () => {
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const mine = page.getByRole('region', { name: 'Chờ tôi xử lý' });
    const task = mine.getByRole('listitem').filter({ has: page.getByRole('link', { name: planTitle, exact: true }) });
    await task.getByText('Chuyên viên soạn dự thảo kế hoạch').waitFor();
    await expect(task.textContent()).resolves.toContain(formatVnDate(subPlanDueOn));
    await expect(task.textContent()).resolves.toContain('Đang thực hiện trong hạn');
    await task.getByRole('link', { name: planTitle, exact: true }).click();

    await page.getByRole('link', { name: 'Xem toàn văn kế hoạch và các kế hoạch cấp trên' }).click();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    const facts = page.getByLabel('Thông tin văn bản');
    await expect(facts.textContent()).resolves.toContain('Số, ký hiệu45/KH-UBND');
    await expect(facts.textContent()).resolves.toContain(`Ngày ban hành${formatVnDate(today)}`);
    await expect(facts.textContent()).resolves.toContain('KT. Phó Chủ tịch Nguyễn Tuấn Anh');
    await page.getByText(`Ban hành kế hoạch triển khai trước ngày ${formatVnDate(subPlanDueOn)}.`).waitFor();
    await page.getByText('Nâng cao chất lượng công tác dân vận chính quyền.').waitFor();
    await page.getByText('Mô hình "Dân vận khéo": 2').waitFor();
    await page.getByText(markupTypedByUser).first().waitFor();
    await expect(page.locator('main script').count()).resolves.toBe(0);
    await expect(page.locator('main b', { hasText: 'gấp' }).count()).resolves.toBe(0);
    await expect(page.evaluate(() => 'injected' in window)).resolves.toBe(false);
    await expect(page.getByRole('form').count()).resolves.toBe(0);
    await saveScreenshot(page, 'day-01-parent-plan');

    // Back to its own draft: "Căn cứ" already cites the province plan.
    await page.goBack();
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    const cited = draft.getByRole('group', { name: 'Căn cứ 1' });
    await expect(cited.getByLabel('Số hiệu').inputValue()).resolves.toBe('45/KH-UBND');
    await expect(cited.getByLabel('Cơ quan ban hành').inputValue()).resolves.toBe('Ủy ban nhân dân tỉnh Gia Lai');
  });

  it('shows the unread badge, each notification links to its task, and one or all are marked read', async () => {
    const bell = page.getByRole('link', { name: 'Thông báo, 1 chưa đọc' });
    await bell.click();
    const notice = page.getByRole('listitem').filter({ hasText: 'Hạn ban hành kế hoạch của đơn vị' });
    await notice.getByText('Việc mới', { exact: true }).waitFor();
    await saveScreenshot(page, 'day-02-notifications');
    await notice.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await page.getByRole('link', { name: 'Thông báo', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).isDisabled()).resolves.toBe(true);
    await notice.getByRole('link').click();
    await page.getByRole('form', { name: 'Dự thảo kế hoạch' }).waitFor();

    await page.getByRole('link', { name: 'Thông báo', exact: true }).click();
    const digest = page.getByRole('radio', { name: 'Gửi một thư tổng hợp mỗi ngày' });
    await digest.click();
    await expect.poll(() => digest.isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Gửi một thư tổng hợp mỗi ngày' }).isChecked()).toBe(true);
    await logOut(page);
  });

  it('shows the inbox at 390 px as cards, with nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const mine = page.getByRole('region', { name: 'Chờ tôi xử lý' });
    await mine.getByRole('link', { name: planTitle, exact: true }).waitFor();
    const widths = await page.evaluate(() => {
      const inbox = document.querySelector('main')!;
      const cards = [...document.querySelectorAll('.inbox-group')].map((c) => c.getBoundingClientRect().right);
      return { viewport: window.innerWidth, inbox: inbox.scrollWidth, rightmostCard: Math.max(...cards) };
    });
    expect(widths.inbox).toBeLessThanOrEqual(widths.viewport);
    expect(widths.rightmostCard).toBeLessThanOrEqual(widths.viewport);
    // A title wraps by words, not a word per line: its line is as wide as the card allows.
    const titleBox = await mine.getByRole('link', { name: planTitle, exact: true }).boundingBox();
    expect(titleBox!.width).toBeGreaterThan(200);
    await saveScreenshot(page, 'day-03-inbox-390');
    expect(pageErrors).toEqual([]);
  });
});
