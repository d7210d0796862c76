import type { TemplateDefinition } from '@cascade/db';
import { cutoffDayBefore } from '@cascade/domain';
import { loginAs } from './apiClient';

/**
 * A template's rounds with data periods starting on 01/01 of the year before the plan year: a next year's plan can be
 * reported on today, as real units do once a period has begun (a report form never opens before it).
 */
export const withOpenRounds = <T extends Pick<TemplateDefinition, 'rounds'>>(definition: T): T => ({
  ...definition,
  rounds: definition.rounds.map((round) => ({
    ...round,
    cutoffMonthDays: {
      from: '01-01',
      fromPreviousYear: true,
      to: cutoffDayBefore(`2001-${round.dueMonthDay ?? '12-31'}`).slice(5),
    },
  })),
});

/** The seed template again, its rounds open now (see withOpenRounds). */
export async function publishOpenRoundsTemplate(baseUrl: string) {
  const admin = await loginAs(baseUrl, 'quantri');
  const [seeded] = await (await loginAs(baseUrl, 'gl.chuyenvien')).plans.templates.query();
  const { definition } = await admin.admin.template.query({ id: seeded!.id });
  const { id } = await admin.admin.saveTemplate.mutate({
    slug: 'ky-da-mo',
    name: 'Kế hoạch dân vận (kỳ báo cáo đã mở)',
    definition: withOpenRounds(definition),
  });
  await admin.admin.publishTemplate.mutate({ id });
  return id;
}
