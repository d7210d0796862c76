import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from 'playwright-core';

const screenshotDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Debian's Chromium: the browser Playwright downloads cannot be fetched here. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CASCADE_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Where a test keeps a file for people to look at afterwards (screenshots, printed PDFs). */
export function artefactPath(fileName: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return `${screenshotDir}${fileName}`;
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artefactPath(`${name}.png`), fullPage: true });
}

export const demoPassword = 'cascade2026';

export async function logIn(page: Page, baseUrl: string, username: string, password = demoPassword): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
}

/** What the workflows do after an action (opening report tasks, say) shows up on a later load of the page. */
export async function reloadUntilVisible(page: Page, locator: Locator, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await locator.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`Still not visible after ${timeoutMs} ms: ${locator}`);
    await page.reload();
  }
}

/** Says yes to the confirmation an irreversible action asks for first, and waits for the dialog to close. */
export async function confirmDialog(page: Page, okText: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: okText, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Types a day into antd's date picker the way it shows days (dd/mm/yyyy) and leaves the field, which keeps it. */
export async function fillDate(field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await field.fill(`${day}/${month}/${year}`);
  await field.press('Tab');
}
