import { chromium } from 'playwright-core';
import { percentileOf, type Timing } from './measure';

export interface GridInBrowser {
  /** From navigation to the grid's first unit rows on screen (the page, its scripts, the grid query, the render). */
  firstRows: Timing;
  /** From the scroll to the bottom of the virtualised grid to its last unit's row on screen. */
  scrollToBottom: Timing;
  /** How many row elements the grid held at the bottom: a virtualised grid holds a screenful, not every unit. */
  renderedRows: number;
}

/**
 * Opens one plan's monitor grid in Chromium as a signed-in user, `runs` times in a fresh tab each (after one warm-up
 * that fills the browser's cache, as a returning user's), and times the rows appearing and a scroll to the bottom.
 */
export async function timeGridInBrowser(
  baseUrl: string,
  login: { username: string; password: string },
  planId: string,
  lastUnitName: string,
  runs = 7,
): Promise<GridInBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CASCADE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const signIn = await context.newPage();
    await signIn.goto(baseUrl);
    await signIn.getByLabel('Tên đăng nhập').fill(login.username);
    await signIn.getByLabel('Mật khẩu').fill(login.password);
    await signIn.getByRole('button', { name: 'Đăng nhập' }).click();
    await signIn.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await signIn.close();

    const firstRows: number[] = [];
    const scrolls: number[] = [];
    let renderedRows = 0;
    for (let run = 0; run <= runs; run += 1) {
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${baseUrl}/#/monitor/${encodeURIComponent(planId)}`);
      await page.locator('.cascade-grid .status-cell').first().waitFor();
      const shown = performance.now();
      const holder = page.locator('.cascade-grid');
      const lastRow = page.locator('.cascade-grid .grid-unit-name', { hasText: lastUnitName });
      // The virtual list learns its full height as it measures rows: scroll again until the last unit is on screen.
      for (let tries = 0; !(await lastRow.isVisible()); tries += 1) {
        if (tries === 200) throw new Error(`the last unit (${lastUnitName}) never came on screen`);
        await holder.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        await lastRow.waitFor({ timeout: 50 }).catch(() => undefined);
      }
      const bottom = performance.now();
      renderedRows = await page.locator('.cascade-grid .grid-row').count();
      if (run > 0) {
        firstRows.push(shown - started);
        scrolls.push(bottom - shown);
      }
      await page.close();
    }
    return { firstRows: percentileOf(firstRows), scrollToBottom: percentileOf(scrolls), renderedRows };
  } finally {
    await browser.close();
  }
}
