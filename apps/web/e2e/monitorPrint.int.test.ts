import { addDays, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueProvincePlan, loginAs } from './apiClient';
import { artefactPath, logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';
import { readPdf } from './pdfText';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const planTitle = `Kế hoạch dân vận toàn tỉnh năm ${nextYear}`;
// Gia Lai's 11 departments and communes of the demo data, and 45 more: far more rows than the grid's screenful.
const addedCommunes = Array.from({ length: 45 }, (_, i) => `Xã Thử Nghiệm ${String(i + 1).padStart(2, '0')}`);
const lastCommune = addedCommunes.at(-1)!;

/** The page printed to PDF by Chromium on the page size its CSS asks for, kept with the screenshots as `name`.pdf. */
async function printToPdf(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, path: artefactPath(`${name}.pdf`) });
  return readPdf(new Uint8Array(pdf));
}

describe('the monitor of a large province printed and driven by the keyboard', () => {
  const session = useBrowserSession('monitor-print-');
  let app: BrowserSession['app'];
  let page: Page;
  let planId: string;
  let unitNames: string[];

  beforeAll(async () => {
    ({ app, page } = session);
    const admin = await loginAs(app.url, 'quantri');
    for (const name of addedCommunes)
      await admin.units.create.mutate({
        name,
        kind: 'commune',
        parentId: 'gl',
        abbreviation: 'UBND',
        effectiveFrom: '2025-07-01',
      });
    planId = await issueProvincePlan(app.url, planTitle, nextYear, addDays(today, -10), addDays(today, -3));
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    // The cascade opens one sub-plan per unit as its workflows run: wait for all of them and the province's row.
    const deadline = Date.now() + 120_000;
    while ((await supervisor.monitor.grid.query({ planId })).rows.length < addedCommunes.length + 12) {
      if (Date.now() > deadline) throw new Error('the cascade never opened a sub-plan for every unit');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    unitNames = (await supervisor.monitor.grid.query({ planId })).rows.map((r) => r.unitName);
  });

  it('prints every unit of the grid on A4 landscape pages with the header row on each, and the screen keeps its window', async () => {
    await logIn(page, app.url, 'gl-snv.theodoi');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${app.url}/#/monitor/${encodeURIComponent(planId)}`);
    const grid = page.getByRole('treegrid');
    await grid.getByText('Phường Hội Phú').waitFor();
    const unitRows = grid.locator('[role="row"][aria-level]');
    expect(await unitRows.count()).toBeLessThan(unitNames.length);

    const pages = await printToPdf(page, 'monitor-print-grid');
    expect(await unitRows.count()).toBe(unitNames.length);
    expect(pages.length).toBeGreaterThan(1);
    for (const printed of pages) {
      expect([Math.round(printed.width), Math.round(printed.height)]).toEqual([842, 595]);
      expect(printed.text).toContain('Đơn vị Kế hoạch');
    }
    const printedText = pages.map((p) => p.text).join(' ');
    expect(printedText).toContain(planTitle);
    expect(printedText).toMatch(/Tình trạng · In lúc/);
    // Paper has no use for the page's controls: the tabs, the search and the buttons stay on screen.
    for (const control of ['Dòng thời gian', 'Tìm đơn vị', 'Xuất Excel']) expect(printedText).not.toContain(control);
    expect(unitNames.filter((name) => !printedText.includes(name))).toEqual([]);

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => unitRows.count()).toBeLessThan(unitNames.length);
    await saveScreenshot(page, 'monitor-print-01-screen-after-print');
  });

  it('prints the rates with their chart, and the indicators of every unit', async () => {
    await page.goto(`${app.url}/#/monitor/${encodeURIComponent(planId)}?tab=rates`);
    await page.locator('.rates-chart svg').first().waitFor();
    const rates = (await printToPdf(page, 'monitor-print-rates')).map((p) => p.text).join(' ');
    await page.emulateMedia({ media: 'screen' });
    expect(rates).toMatch(/Tỷ lệ báo cáo · In lúc/);
    expect(rates).toContain('Cấp dưới trực tiếp');
    // The sub-plan's row: every direct subordinate expected, none has issued, all are overdue.
    expect(rates).toMatch(
      new RegExp(`Kế hoạch Cấp dưới trực tiếp ${unitNames.length - 1} 0 0 0 ${unitNames.length - 1}`),
    );

    await page.goto(`${app.url}/#/monitor/${encodeURIComponent(planId)}?tab=indicators`);
    await page.locator('.indicators-by-unit').waitFor();
    expect(await page.locator('.indicators-by-unit .ant-table-row').count()).toBeLessThan(unitNames.length);
    const indicators = (await printToPdf(page, 'monitor-print-indicators')).map((p) => p.text).join(' ');
    await page.emulateMedia({ media: 'screen' });
    expect(indicators).toMatch(/Chỉ tiêu · In lúc/);
    expect(unitNames.filter((name) => !indicators.includes(name))).toEqual([]);
  });

  it('is one tab stop driven by the arrows: collapses and expands the province, goes down to a commune, opens it', async () => {
    await page.goto(`${app.url}/#/monitor/${encodeURIComponent(planId)}`);
    const grid = page.getByRole('treegrid');
    const province = grid.locator('[role="row"][aria-level="1"]');
    await province.waitFor();
    await expect(province.getAttribute('aria-expanded')).resolves.toBe('true');
    await province.getByRole('rowheader').focus();

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => province.getAttribute('aria-expanded')).toBe('false');
    expect(await grid.locator('[role="row"][aria-level="2"]').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => province.getAttribute('aria-expanded')).toBe('true');

    const focusedRowText = () =>
      page.evaluate(() => document.activeElement?.closest('[role="row"]')?.textContent ?? '');
    for (let presses = 0; !(await focusedRowText()).includes(lastCommune); presses += 1) {
      if (presses > unitNames.length) throw new Error(`ArrowDown never reached ${lastCommune}`);
      await page.keyboard.press('ArrowDown');
    }
    const commune = grid.locator('[role="row"]', { hasText: lastCommune });
    await expect(commune.getAttribute('aria-level')).resolves.toBe('2');
    expect(await commune.getByRole('rowheader').evaluate((cell) => cell === document.activeElement)).toBe(true);
    expect(await commune.getByRole('rowheader').isVisible()).toBe(true);

    await page.keyboard.press('ArrowRight');
    const subPlanCell = commune.getByRole('gridcell').first();
    expect(await subPlanCell.evaluate((cell) => cell === document.activeElement)).toBe(true);
    expect(await subPlanCell.getAttribute('tabindex')).toBe('0');
    expect(await grid.locator('[tabindex="0"]').count()).toBe(1);
    await saveScreenshot(page, 'monitor-print-02-keyboard');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/progress/');
    await page.getByText(`· ${lastCommune}`).waitFor();
  });
});
