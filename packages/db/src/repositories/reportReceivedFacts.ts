import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database, Role } from '../schema';
import { reportTaskId } from './reports';

/**
 * What the notice of a report sent up says, and to whom, in one query: the plan's title and rounds, the sending unit's
 * name, the parent plan (none for the top plan), the staff of the units the report goes to (the parent's issuer and
 * focal unit), and whether the parent owes a consolidation of the round. Undefined when the plan is not stored.
 */
export async function findReportReceivedFacts(
  db: Kysely<Database>,
  report: { planId: string; unitId: string; roundKey: string },
) {
  const consolidationId = (parentId: string) => reportTaskId(parentId, report.roundKey);
  const row = await db
    .selectFrom('plans as plan')
    .leftJoin('plans as parent', 'parent.id', 'plan.parent_plan_id')
    .select((eb) => [
      'plan.title',
      'plan.schedule',
      'parent.id as parentId',
      eb.selectFrom('units').select('units.name').where('units.id', '=', report.unitId).as('unitName'),
      // The consolidation task's id, as reportTaskId makes it, from the parent's id.
      eb
        .selectFrom('tasks')
        .select('tasks.id')
        .where('tasks.id', '=', sql<string>`parent.id || ${consolidationId('')}`)
        .as('consolidationId'),
      jsonArrayFrom(
        eb
          .selectFrom('users')
          .select(['users.id', 'users.username', 'users.email', 'users.roles'])
          .where((w) =>
            w.or([
              w('users.unit_id', '=', w.ref('parent.issuer_unit_id')),
              w('users.unit_id', '=', w.ref('parent.focal_unit_id')),
            ]),
          ),
      ).as('receiverStaff'),
    ])
    .where('plan.id', '=', report.planId)
    .executeTakeFirst();
  if (!row) return undefined;
  const officers = row.receiverStaff.filter((u) => (u.roles as Role[]).includes('officer'));
  return { ...row, officers };
}

export type ReportReceivedFacts = NonNullable<Awaited<ReturnType<typeof findReportReceivedFacts>>>;
