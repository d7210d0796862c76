import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** For each plan: its draft's state (version, approvals, return), its template and its rounds' periods. */
export async function listPlanInboxFacts(db: Kysely<Database>, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('plans')
    .leftJoin('plan_drafts', (join) =>
      join.onRef('plan_drafts.plan_id', '=', 'plans.id').onRef('plan_drafts.version', '=', 'plans.draft_version'),
    )
    .select([
      'plans.id',
      'plans.title',
      'plans.template_id as templateId',
      'plans.draft_version as draftVersion',
      'plans.returned_reason as returnedReason',
      'plans.schedule',
      'plan_drafts.approvals',
    ])
    .where('plans.id', 'in', planIds)
    .execute();
}

/** For each plan with sub-plans: the rounds in which some sub-plan's report came in (round key null: none yet). */
export async function listSubordinateReporting(db: Kysely<Database>, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('plans')
    .leftJoin('tasks', (join) =>
      join
        .onRef('tasks.plan_id', '=', 'plans.id')
        .on('tasks.kind', '=', 'report')
        .on('tasks.completed_at', 'is not', null),
    )
    .select(['plans.parent_plan_id as parentPlanId', 'tasks.round_key as roundKey'])
    .where('plans.parent_plan_id', 'in', planIds)
    .distinct()
    .execute();
}
