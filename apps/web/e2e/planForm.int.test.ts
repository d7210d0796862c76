import { defaultPlanForm, type FormDefinition } from '@cascade/forms';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './apiClient';
import { fillDate, logIn, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const year = new Date().getFullYear() + 1;
const planTitle = `Kế hoạch công tác dân vận chính quyền có kinh phí năm ${year}`;

/** The seeds' sections, plus a budget, a lead unit, and a conference date asked only when a conference is held. */
const planForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    ...defaultPlanForm.fields,
    {
      kind: 'group',
      key: 'resources',
      label: 'IV. Kinh phí và tổ chức',
      fields: [
        {
          kind: 'number',
          key: 'budget',
          label: 'Kinh phí dự kiến (triệu đồng)',
          required: true,
          min: 0,
          unit: 'triệu đồng',
        },
        { kind: 'unit', key: 'leadUnit', label: 'Đơn vị chủ trì', required: true },
        {
          kind: 'singleChoice',
          key: 'holdsConference',
          label: 'Tổ chức hội nghị sơ kết',
          required: true,
          options: [
            { value: 'yes', label: 'Có' },
            { value: 'no', label: 'Không' },
          ],
        },
        {
          kind: 'date',
          key: 'conferenceOn',
          label: 'Ngày tổ chức hội nghị',
          required: true,
          visibleWhen: { field: 'holdsConference', equals: 'yes' },
        },
      ],
    },
  ],
};

describe('a plan drafted in its template’s own plan form, in the browser', () => {
  const session = useBrowserSession('plan-form-');
  let app: BrowserSession['app'];
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = session);
    const admin = await loginAs(app.url, 'quantri');
    const { id } = await admin.admin.saveTemplate.mutate({
      slug: 'ke-hoach-co-kinh-phi',
      name: 'Kế hoạch có kinh phí',
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

  it('shows the extra fields, the date only once a conference is held, and the form’s messages', async () => {
    await logIn(page, app.url, 'gl.chuyenvien');
    await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
    const createForm = page.getByRole('form', { name: 'Tạo kế hoạch mới' });
    await createForm.getByLabel('Mẫu kế hoạch').selectOption({ label: 'Kế hoạch có kinh phí (phiên bản 1)' });
    await createForm.getByLabel('Tên kế hoạch').fill(planTitle);
    await createForm.getByLabel('Năm').fill(String(year));
    await createForm.getByRole('button', { name: 'Tạo kế hoạch' }).click();

    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await draft.getByLabel('I. Mục đích, yêu cầu').fill('Nâng cao chất lượng công tác dân vận chính quyền.');
    await draft.getByLabel('II. Nội dung, nhiệm vụ').fill('Xây dựng ít nhất 02 mô hình "Dân vận khéo".');
    await draft.getByLabel('III. Tổ chức thực hiện').fill('Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp.');
    await expect(draft.getByLabel('Ngày tổ chức hội nghị').count()).resolves.toBe(0);
    await draft.getByLabel('Kinh phí dự kiến (triệu đồng)').fill('-5');
    await draft.getByLabel('Tổ chức hội nghị sơ kết').selectOption({ label: 'Có' });
    await draft.getByLabel('Ngày tổ chức hội nghị').waitFor();
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Kinh phí dự kiến (triệu đồng) không được nhỏ hơn 0').waitFor();
    await draft.getByText('Ngày tổ chức hội nghị không được để trống').waitFor();
    await draft.getByText('Đơn vị chủ trì không được để trống').waitFor();
    await saveScreenshot(page, 'form-01-plan-form-errors');

    await draft.getByLabel('Kinh phí dự kiến (triệu đồng)').fill('150.5');
    await draft.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Sở Nội vụ' });
    await fillDate(draft.getByLabel('Ngày tổ chức hội nghị'), `${year}-06-20`);
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 1).').waitFor();
    await saveScreenshot(page, 'form-02-plan-form-saved');
  });

  it('keeps the values on reload, and drops the date once no conference is held', async () => {
    await page.reload();
    const draft = page.getByRole('form', { name: 'Dự thảo kế hoạch' });
    await expect(draft.getByLabel('Kinh phí dự kiến (triệu đồng)').inputValue()).resolves.toBe('150.5');
    await expect(draft.getByLabel('Ngày tổ chức hội nghị').inputValue()).resolves.toBe(`20/06/${year}`);
    await draft.getByLabel('Tổ chức hội nghị sơ kết').selectOption({ label: 'Không' });
    await expect(draft.getByLabel('Ngày tổ chức hội nghị').count()).resolves.toBe(0);
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await draft.getByText('Đã lưu dự thảo (phiên bản 2).').waitFor();

    const officer = await loginAs(app.url, 'gl.chuyenvien');
    const task = (await officer.tasks.inbox.query()).find((t) => t.title === planTitle);
    const { plan } = await officer.tasks.get.query({ taskId: task!.id });
    expect(plan?.content).toMatchObject({ budget: 150.5, leadUnit: 'gl-snv', holdsConference: 'no' });
    expect(plan?.content).not.toHaveProperty('conferenceOn');
  });
});
