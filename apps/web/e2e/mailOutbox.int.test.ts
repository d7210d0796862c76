import { freePort } from '@cascade/test-support';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './apiClient';
import { logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const title = `Kế hoạch dân vận chính quyền năm ${new Date().getFullYear() + 1} (thư bị từ chối)`;
const subject = `Dự thảo bị trả lại: ${title}`;
/** The province's mail server refuses every recipient until its administrator fixes it. */
let refusing = true;
const delivered: string[] = [];
const smtpPort = await freePort();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo({ address }, _session, callback) {
    if (!refusing) return callback();
    callback(Object.assign(new Error(`5.1.1 <${address}>: Recipient address rejected`), { responseCode: 550 }));
  },
  onData(stream, session, callback) {
    stream.resume();
    stream.on('end', () => {
      delivered.push(...session.envelope.rcptTo.map((r) => r.address));
      callback();
    });
  },
});

beforeAll(() => new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe('mail refused by the SMTP server', () => {
  const session = useBrowserSession('mail-', () => ({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Cascade <no-reply@cascade.invalid>',
  }));
  let app: BrowserSession['app'];
  let page: Page;

  beforeAll(() => {
    ({ app, page } = session);
  });

  it('never holds up the step that notifies; the administrator sees the dead letter and sends it again', async () => {
    const officer = await loginAs(app.url, 'gl.chuyenvien');
    const [template] = await officer.plans.templates.query();
    const { taskId } = await officer.plans.create.mutate({
      templateId: template!.id,
      title,
      year: new Date().getFullYear() + 1,
      idempotencyKey: crypto.randomUUID(),
    });
    const draft = { title, directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức' };
    await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: crypto.randomUUID(), baseVersion: 0, draft });
    const leader = await loginAs(app.url, 'gl.lanhdao');
    const startedAt = Date.now();
    await leader.plans.returnDraft.mutate({
      taskId,
      idempotencyKey: crypto.randomUUID(),
      draftVersion: 1,
      reason: 'Bổ sung chỉ tiêu',
    });
    expect(Date.now() - startedAt).toBeLessThan(10_000);

    await logIn(page, app.url, 'quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Vận hành' }).click();
    const deadLetters = page.getByRole('table', { name: 'Thư không gửi được' });
    const row = deadLetters.getByRole('row').filter({ hasText: 'gl.chuyenvien@cascade.invalid' });
    await expect
      .poll(
        async () => {
          await page.reload();
          await deadLetters.waitFor();
          return row.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe(subject);
    await expect(row.getByRole('cell').nth(3).textContent()).resolves.toContain('550');
    await saveScreenshot(page, 'mail-01-dead-letter');

    refusing = false;
    await row.getByRole('button', { name: 'Gửi lại' }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => delivered, { timeout: 30_000 }).toContain('gl.chuyenvien@cascade.invalid');
    expect(session.pageErrors).toEqual([]);
  });
});
