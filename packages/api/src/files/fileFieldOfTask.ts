import { type Database, findPlan, type Kysely } from '@cascade/db';
import { entriesOf, type FileField, type FormDefinition } from '@cascade/forms';
import { TRPCError } from '@trpc/server';
import { planFormOf } from '../planForm';
import { reportFormOf } from '../reportForm';

/** The form a task's page fills in: the plan form for a plan task, the round's questions for a report. */
export async function formOfTask(
  db: Kysely<Database>,
  task: { planId: string; kind: string; roundKey: string | null },
): Promise<FormDefinition | null> {
  const plan = await findPlan(db, task.planId);
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  if (task.kind === 'report' && task.roundKey) return reportFormOf(db, plan, task.roundKey);
  return planFormOf(db, plan.template_id);
}

export const fileFieldsOf = (definition: FormDefinition | null): FileField[] =>
  entriesOf(definition?.fields ?? []).flatMap(({ field }) => (field.kind === 'file' ? [field] : []));
