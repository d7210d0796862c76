import { randomUUID } from 'node:crypto';
import { defaultPlanForm, type FormDefinition } from '@cascade/forms';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

const year = new Date().getFullYear() + 1;

/** The seeds' sections, plus an estimated budget and a conference date asked only when a conference is held. */
const planForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    ...defaultPlanForm.fields,
    {
      kind: 'number',
      key: 'budget',
      label: 'Kinh phí dự kiến (triệu đồng)',
      required: true,
      min: 0,
      unit: 'triệu đồng',
    },
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
};

const definition = {
  cascade: {},
  lowerLevelDays: 15,
  rounds: [{ key: 'Y', label: 'Báo cáo năm', period: 'year' as const, dueMonthDay: '12-15' }],
  leadDays: 5,
  workingDayAdjust: 'previous' as const,
  remindDaysBefore: [3],
  indicators: [],
  daysOff: [],
  workingDays: [],
  planForm,
};

const content = {
  directives: [
    {
      number: '33/CT-TTg',
      date: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      title: 'Về tiếp tục tăng cường và đổi mới công tác dân vận',
    },
  ],
  purpose: 'Nâng cao chất lượng công tác dân vận chính quyền.',
  tasks: 'Xây dựng ít nhất 02 mô hình "Dân vận khéo".',
  organization: 'Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp.',
  budget: 150.5,
  holdsConference: 'no',
};

it('refuses a template whose plan form refers to a field it does not have', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const broken = {
    ...planForm,
    fields: [
      ...planForm.fields,
      { kind: 'date' as const, key: 'reviewOn', label: 'Ngày', visibleWhen: { field: 'hasReview', equals: 'yes' } },
    ],
  };
  const error = await admin.admin.saveTemplate
    .mutate({ slug: 'hong', name: 'Mẫu hỏng', definition: { ...definition, planForm: broken } })
    .catch((e) => e);
  expect(error.data?.code).toBe('BAD_REQUEST');
  expect(error.message).toContain(
    'Điều kiện hiển thị của "reviewOn" nhắc tới trường "hasReview" không có ở phía trên nó',
  );
});

it('a plan is drafted in its template’s plan form; a bad draft is refused with the reason and changes nothing', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const { id: templateId } = await admin.admin.saveTemplate.mutate({
    slug: 'ke-hoach-co-kinh-phi',
    name: 'Kế hoạch có kinh phí',
    definition,
  });
  await admin.admin.publishTemplate.mutate({ id: templateId });

  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const title = `Kế hoạch công tác dân vận chính quyền năm ${year}`;
  const { planId, taskId } = await officer.plans.create.mutate({
    templateId,
    title,
    year,
    idempotencyKey: randomUUID(),
  });
  expect((await officer.tasks.get.query({ taskId })).plan?.form).toEqual(planForm);

  // The conference date is hidden while no conference is held: not required, and dropped if sent.
  const saved = await officer.plans.saveDraft.mutate({
    taskId,
    idempotencyKey: randomUUID(),
    baseVersion: 0,
    draft: { title, ...content, conferenceOn: '2027-13-01' },
  });
  expect(saved).toEqual({ version: 1 });
  const stored = async () =>
    app.db
      .selectFrom('plans')
      .select(['title', 'content', 'draft_version'])
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
  await expect(stored()).resolves.toEqual({ title, content, draft_version: 1 });

  const refused = await officer.plans.saveDraft
    .mutate({
      taskId,
      idempotencyKey: randomUUID(),
      baseVersion: 1,
      draft: { title: 'Tên mới', ...content, budget: -5, holdsConference: 'yes' },
    })
    .catch((e) => e);
  expect(refused.data?.code).toBe('BAD_REQUEST');
  expect(refused.message).toBe(
    'Dữ liệu không hợp lệ — budget: Kinh phí dự kiến (triệu đồng) không được nhỏ hơn 0; conferenceOn: Ngày tổ chức hội nghị không được để trống',
  );
  const unknownKey = await officer.plans.saveDraft
    .mutate({ taskId, idempotencyKey: randomUUID(), baseVersion: 1, draft: { title, ...content, score: 10 } })
    .catch((e) => e);
  expect(unknownKey.message).toBe('Dữ liệu không hợp lệ — score: Trường "score" không có trong biểu mẫu');
  await expect(stored()).resolves.toEqual({ title, content, draft_version: 1 });
  const versions = await app.db.selectFrom('plan_drafts').select('version').where('plan_id', '=', planId).execute();
  expect(versions).toEqual([{ version: 1 }]);

  const withConference = { ...content, holdsConference: 'yes', conferenceOn: `${year}-06-20` };
  expect(
    await officer.plans.saveDraft.mutate({
      taskId,
      idempotencyKey: randomUUID(),
      baseVersion: 1,
      draft: { title, ...withConference },
    }),
  ).toEqual({ version: 2 });
  await expect(stored()).resolves.toEqual({ title, content: withConference, draft_version: 2 });
});
