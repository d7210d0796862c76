import type { AppRouter } from '@cascade/api';
import { cutoffDayBefore } from '@cascade/domain';
import { createTRPCClient, httpLink } from '@trpc/client';
import { demoPassword } from './browser';

/** What an official might paste into a field: shown as these very characters, never run or rendered as markup. */
export const markupTypedByUser = 'Sở Nội vụ theo dõi, tổng hợp <script>window.injected = true</script><b>gấp</b>.';

/** Setting the scene over HTTP, as the app's own client would: a tRPC client logged in as a demo user. */
export async function loginAs(baseUrl: string, username: string) {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, headers: { cookie, origin: baseUrl } })],
  });
}

export const openRoundsTemplateName = 'Kế hoạch dân vận (kỳ báo cáo đã mở)';

/**
 * A new version of template `templateId` (under `slug`, with `name`) whose rounds' data periods start on 01/01 of the
 * year before the plan year: a next year's plan can be reported on today, as units do once a period has begun.
 */
export async function publishOpenRounds(baseUrl: string, templateId: string, slug: string, name: string) {
  const admin = await loginAs(baseUrl, 'quantri');
  const { definition } = await admin.admin.template.query({ id: templateId });
  const rounds = definition.rounds.map((round) => ({
    ...round,
    cutoffMonthDays: {
      from: '01-01',
      fromPreviousYear: true,
      to: cutoffDayBefore(`2001-${round.dueMonthDay ?? '12-31'}`).slice(5),
    },
  }));
  const { id } = await admin.admin.saveTemplate.mutate({ slug, name, definition: { ...definition, rounds } });
  await admin.admin.publishTemplate.mutate({ id });
  return id;
}

/** The seed template with its rounds open now (see publishOpenRounds), published once per app. */
export async function openRoundsTemplateId(baseUrl: string) {
  const officer = await loginAs(baseUrl, 'gl.chuyenvien');
  const templates = await officer.plans.templates.query();
  const published = templates.find((t) => t.name === openRoundsTemplateName);
  if (published) return published.id;
  const seeded = templates.find((t) => t.id === 'dan-van-chinh-quyen-v1')!;
  return publishOpenRounds(baseUrl, seeded.id, 'ky-da-mo', openRoundsTemplateName);
}

/** Gia Lai's plan for `year`, drafted by the province officer and issued by its leader: the cascade starts. */
export async function issueProvincePlan(
  baseUrl: string,
  title: string,
  year: number,
  issuedOn: string,
  subPlanDueOn: string,
  templateId = 'dan-van-chinh-quyen-v1',
) {
  const officer = await loginAs(baseUrl, 'gl.chuyenvien');
  const { planId, taskId } = await officer.plans.create.mutate({
    templateId,
    title,
    year,
    idempotencyKey: crypto.randomUUID(),
  });
  const draft = {
    title,
    directives: [],
    purpose: 'Nâng cao chất lượng công tác dân vận chính quyền.',
    tasks: 'Thực hiện tốt quy chế dân chủ ở cơ sở.',
    // Markup typed by a user is text wherever it is shown (officialsDay.int.test.ts checks the plan page).
    organization: markupTypedByUser,
  };
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: crypto.randomUUID(), baseVersion: 0, draft });
  const leader = await loginAs(baseUrl, 'gl.lanhdao');
  const issue = {
    documentNumber: '45/KH-UBND',
    issuedOn,
    signerName: 'Nguyễn Tuấn Anh',
    signerTitle: 'Phó Chủ tịch',
    signingCapacity: 'KT.' as const,
    recipients: ['Các sở, ban, ngành'],
    subPlanDueOn,
  };
  await leader.plans.issue.mutate({ taskId, idempotencyKey: crypto.randomUUID(), draftVersion: 1, issue });
  return planId;
}

/** A unit's annual (tổng kết) report on the plan titled `planTitle`, sent over HTTP once its report task has opened. */
export async function submitAnnualReport(
  baseUrl: string,
  username: string,
  planTitle: string,
  values: Record<string, number>,
  results: string,
) {
  const client = await loginAs(baseUrl, username);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const task = (await client.tasks.inbox.query()).find((t) => t.roundKey === 'Y' && t.title.endsWith(planTitle));
    if (task) {
      const review = {
        results,
        limitations: 'Chưa tổ chức đủ các cuộc đối thoại theo kế hoạch.',
        proposals: '',
        selfScore: 88,
        commendations: [],
      };
      return client.reports.submit.mutate({
        taskId: task.id,
        idempotencyKey: crypto.randomUUID(),
        values,
        narrative: `Tổng kết năm của ${username}.`,
        review,
      });
    }
    if (Date.now() > deadline) throw new Error(`${username} has no annual report task for ${planTitle}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
