import { type Database, findTemplate, type Kysely, type Plan, type TemplateDefinition } from '@cascade/db';
import type { FormDefinition } from '@cascade/forms';

/** The questions a round's reports answer: the round's own form, else its template's report form; null for none. */
export async function reportFormOf(db: Kysely<Database>, plan: Plan, roundKey: string): Promise<FormDefinition | null> {
  const round = plan.schedule.rounds.find((r) => r.key === roundKey);
  return round?.form ?? (await findTemplate(db, plan.template_id))?.definition.reportForm ?? null;
}

export function roundFormOf(
  round: { form?: FormDefinition },
  definition: TemplateDefinition | undefined,
): FormDefinition | null {
  return round.form ?? definition?.reportForm ?? null;
}
