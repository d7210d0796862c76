import { randomUUID } from 'node:crypto';
import { addDays, vnDateOf } from '@cascade/domain';
import { loginAs } from './apiClient';

const key = () => randomUUID();

/** A template's definition: Gia Lai's communes report once (H1, due 10/05), over a period that has already begun. */
export const halfYearDefinition = {
  cascade: { province: ['commune' as const] },
  lowerLevelDays: 15,
  rounds: [
    {
      key: 'H1',
      label: 'Báo cáo 6 tháng',
      period: 'half' as const,
      dueMonthDay: '05-10',
      // Its period began before today: the report can be sent now (a form never opens before its period).
      cutoffMonthDays: { from: '01-01', to: '04-14', fromPreviousYear: true },
    },
  ],
  leadDays: 5,
  workingDayAdjust: 'none' as const,
  remindDaysBefore: [3],
  indicators: [{ key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', aggregate: 'sum' as const, target: 2 }],
  daysOff: [],
  workingDays: [],
};

type Definition = Parameters<Awaited<ReturnType<typeof loginAs>>['admin']['saveTemplate']['mutate']>[0]['definition'];

/** The administrator saves and publishes a template; its id. */
export async function publishTemplate(baseUrl: string, slug: string, name: string, definition: Definition) {
  const admin = await loginAs(baseUrl, 'quantri');
  const { id } = await admin.admin.saveTemplate.mutate({ slug, name, definition });
  await admin.admin.publishTemplate.mutate({ id });
  return id;
}

/** Gia Lai's plan from the template, drafted by the province officer and issued by its leader: the cascade starts. */
export async function issueProvincePlan(
  baseUrl: string,
  plan: { templateId: string; title: string; year: number; documentNumber: string },
) {
  const officer = await loginAs(baseUrl, 'gl.chuyenvien');
  const { planId, taskId } = await officer.plans.create.mutate({
    templateId: plan.templateId,
    title: plan.title,
    year: plan.year,
    idempotencyKey: key(),
  });
  const draft = { title: plan.title, directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức' };
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: key(), baseVersion: 0, draft });
  const leader = await loginAs(baseUrl, 'gl.lanhdao');
  await leader.plans.issue.mutate({
    taskId,
    idempotencyKey: key(),
    draftVersion: 1,
    issue: {
      documentNumber: plan.documentNumber,
      issuedOn: vnDateOf(new Date()),
      signerName: 'Trần Thị B',
      signerTitle: 'Chủ tịch',
      signingCapacity: 'TM.',
      recipients: [],
      subPlanDueOn: addDays(vnDateOf(new Date()), 20),
    },
  });
  return { planId, taskId };
}
