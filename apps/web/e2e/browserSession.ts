import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, saveScreenshot } from './browser';
import { startApp } from './startApp';

export interface BrowserSession {
  app: Awaited<ReturnType<typeof startApp>>;
  page: Page;
  /** Uncaught errors of the page's scripts: a step that ends with any has failed, whatever it showed. */
  pageErrors: string[];
}

/**
 * One app and one Chromium page for a test file. A failed step leaves a screenshot named after it and logs out,
 * so one failure does not leave the next step stuck behind someone else's session.
 */
export function useBrowserSession(
  screenshotPrefix: string,
  settings: () => Record<string, string> = () => ({}),
): BrowserSession {
  const session = { pageErrors: [] as string[] } as BrowserSession;
  let browser: Browser | undefined;

  beforeAll(async () => {
    session.app = await startApp(settings());
    browser = await launchChromium();
    session.page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    session.page.setDefaultTimeout(30_000);
    session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
    session.page.on('console', (message) => message.type() === 'error' && console.error(`[browser] ${message.text()}`));
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    await saveScreenshot(session.page, `${screenshotPrefix}failed-${task.name.replace(/\W+/g, '-')}`);
    await session.page.context().clearCookies();
  });

  afterAll(async () => {
    await browser?.close();
    await session.app?.stop();
  });

  return session;
}
