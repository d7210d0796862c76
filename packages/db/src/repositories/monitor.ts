import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** Every plan of a cascade below (and including) its root, with its unit: the rows of the monitor's grid. */
export function listCascadePlans(db: Kysely<Database>, rootPlanId: string) {
  return db
    .withRecursive('tree(id)', (qb) =>
      qb
        .selectFrom('plans')
        .select('id')
        .where('id', '=', rootPlanId)
        .unionAll((u) => u.selectFrom('plans').innerJoin('tree', 'tree.id', 'plans.parent_plan_id').select('plans.id')),
    )
    .selectFrom('tree')
    .innerJoin('plans', 'plans.id', 'tree.id')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .select([
      'plans.id as planId',
      'plans.parent_plan_id as parentPlanId',
      'plans.workflow_id as workflowId',
      'plans.issue',
      'units.id as unitId',
      'units.name as unitName',
      'units.kind as unitKind',
    ])
    .execute();
}

/** Every obligation (sub-plan and report rounds) of the plans of a cascade. */
export function listCascadeTasks(db: Kysely<Database>, planIds: string[]) {
  if (!planIds.length) return Promise.resolve([]);
  return db
    .selectFrom('tasks')
    .select([
      'id',
      'plan_id as planId',
      'kind',
      'round_key as roundKey',
      'unit_id as unitId',
      'due_at as dueAt',
      'completed_at as completedAt',
      'state',
    ])
    .where('plan_id', 'in', planIds)
    .execute();
}

/** The plans a supervisor watches from the top: issued inside the scope by a unit whose parent plan lies outside it. */
export function listScopeRootPlans(db: Kysely<Database>, unitIds: string[], year: number | null) {
  if (!unitIds.length) return Promise.resolve([]);
  let query = db
    .selectFrom('plans')
    .leftJoin('plans as parent', 'parent.id', 'plans.parent_plan_id')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .innerJoin('templates', 'templates.id', 'plans.template_id')
    .select([
      'plans.id',
      'plans.title',
      'plans.year',
      'plans.status',
      'plans.template_id as templateId',
      'templates.name as templateName',
      'units.name as unitName',
    ])
    .where('plans.issuer_unit_id', 'in', unitIds)
    .where((eb) => eb.or([eb('parent.id', 'is', null), eb('parent.issuer_unit_id', 'not in', unitIds)]));
  if (year !== null) query = query.where('plans.year', '=', year);
  return query.orderBy('plans.year', 'desc').orderBy('plans.created_at').execute();
}

/** For each root plan, every obligation of the plans below it (not the root's own). */
export function listObligationsBelow(db: Kysely<Database>, rootPlanIds: string[]) {
  if (!rootPlanIds.length) return Promise.resolve([]);
  return db
    .withRecursive('tree(root_id, id)', (qb) =>
      qb
        .selectFrom('plans')
        .select(['id as root_id', 'id'])
        .where('id', 'in', rootPlanIds)
        .unionAll((u) =>
          u
            .selectFrom('plans')
            .innerJoin('tree', 'tree.id', 'plans.parent_plan_id')
            .select(['tree.root_id', 'plans.id']),
        ),
    )
    .selectFrom('tree')
    .innerJoin('tasks', 'tasks.plan_id', 'tree.id')
    .select(['tree.root_id as rootPlanId', 'tasks.due_at as dueAt', 'tasks.completed_at as completedAt', 'tasks.state'])
    .where(sql<boolean>`tree.id <> tree.root_id`)
    .execute();
}

/** Tasks that were reminded (đôn đốc) since the given time, so a unit is not reminded twice within the hour. */
export async function listTasksRemindedSince(db: Kysely<Database>, taskIds: string[], since: Date) {
  if (!taskIds.length) return new Set<string>();
  const rows = await db
    .selectFrom('audit_events')
    .select('subject_id')
    .where('action', '=', 'monitor.remind')
    .where('subject_id', 'in', taskIds)
    .where('at', '>=', since)
    .execute();
  return new Set(rows.map((r) => r.subject_id));
}
