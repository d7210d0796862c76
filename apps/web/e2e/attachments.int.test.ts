import { readFile } from 'node:fs/promises';
import { defaultPlanForm, type FormDefinition } from '@cascade/forms';
import { samplePdf, samplePng } from '@cascade/test-support';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './apiClient';
import { logIn, logOut, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const year = new Date().getFullYear() + 1;
const planTitle = `Kế hoạch có phụ lục đính kèm năm ${year}`;
const planForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    ...defaultPlanForm.fields,
    { kind: 'file', key: 'annex', label: 'Phụ lục kế hoạch', maxBytes: 1024 * 1024, accept: ['application/pdf'] },
  ],
};

describe('a file attached to a draft in the browser', () => {
  const session = useBrowserSession('attachments-');
  let app: BrowserSession['app'];
  let page: Page;
  const pdf = samplePdf(300_000);

  beforeAll(async () => {
    ({ app, page } = session);
    const admin = await loginAs(app.url, 'quantri');
    const { id } = await admin.admin.saveTemplate.mutate({
      slug: 'ke-hoach-co-phu-luc',
      name: 'Kế hoạch có phụ lục',
      definition: {
        cascade: {},
        lowerLevelDays: 15,
        rounds: [{ key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '12-15' }],
        leadDays: 5,
        workingDayAdjust: 'none',
        remindDaysBefore: [3],
        indicators: [],
        daysOff: [],
        workingDays: [],
        planForm,
      },
    });
    await admin.admin.publishTemplate.mutate({ id });
  });

  it('refuses a picture named .pdf, uploads the PDF and saves the draft with it', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const createForm = page.getByRole('form', { name: 'Tạo kế hoạch mới' });
    await createForm.getByLabel('Mẫu kế hoạch').selectOption({ label: 'Kế hoạch có phụ lục (phiên bản 1)' });
    await createForm.getByLabel('Tên kế hoạch').fill(planTitle);
    await createForm.getByLabel('Năm').fill(String(year));
    await createForm.getByRole('button', { name: 'Tạo kế hoạch' }).click();

    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft.getByLabel('I. Mục đích, yêu cầu').fill('Nâng cao chất lượng công tác dân vận chính quyền.');
    await draft.getByLabel('II. Nội dung, nhiệm vụ').fill('Xây dựng ít nhất 02 mô hình "Dân vận khéo".');
    await draft.getByLabel('III. Tổ chức thực hiện').fill('Sở Nội vụ theo dõi, tổng hợp.');
    const annex = draft.getByLabel('Phụ lục kế hoạch');
    await annex.setInputFiles({ name: 'anh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePng()) });
    await draft.getByText('Nội dung tệp không phải loại được nhận (PDF); hãy chọn tệp đúng loại.').waitFor();
    await annex.setInputFiles({ name: 'Phụ lục số 1.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await draft.getByText('Tệp đã chọn: Phụ lục số 1.pdf (293 KB)').waitFor();
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 1).').waitFor();
    await saveScreenshot(page, 'attachments-01-draft-saved');
    await page.reload();
    await page.getByText('Tệp đã chọn: Phụ lục số 1.pdf (293 KB)').waitFor();
    await logOut(page);
  });

  it('lets the head download the same bytes from the plan’s document view', async () => {
    await logIn(page, app.url, 'gl.truongphong');
    await page.getByRole('link', { name: planTitle, exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Phụ lục số 1.pdf (293 KB)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Phụ lục số 1.pdf');
    expect(new Uint8Array(await readFile((await file.path())!))).toEqual(pdf);
    await saveScreenshot(page, 'attachments-02-head-downloads');
    await logOut(page);
  });
});
