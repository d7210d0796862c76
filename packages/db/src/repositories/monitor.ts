import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema';
import { unitsInScope } from './monitorScope';
import { withSubtree } from './unitSubtree';
import { withPlanTree } from './planTree';

/** Every plan of a cascade below (and including) its root issued inside the scope, with its unit and depth: the grid's rows. */
export function listCascadePlans(db: Kysely<Database>, rootPlanId: string, scopeUnitId: string) {
  return withPlanTree(db, [rootPlanId])
    .selectFrom('tree')
    .innerJoin('plans', 'plans.id', 'tree.id')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .select([
      'plans.id as planId',
      'plans.parent_plan_id as parentPlanId',
      'plans.workflow_id as workflowId',
      'plans.issue',
      'plans.targets',
      'tree.depth',
      'units.id as unitId',
      'units.name as unitName',
      'units.kind as unitKind',
    ])
    .where('plans.issuer_unit_id', 'in', unitsInScope(db, scopeUnitId))
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
      'created_at as openedAt',
      'state',
    ])
    .where('plan_id', 'in', planIds)
    .execute();
}

/**
 * The plans a supervisor watches from the top: issued inside the scope by a unit whose parent plan lies outside it.
 * The scope's units are walked once and read twice (national scope: some 4,000 units, walked twice before).
 */
export function listScopeRootPlans(db: Kysely<Database>, scopeUnitId: string, year: number | null) {
  let query = withSubtree(db, scopeUnitId)
    .selectFrom('plans')
    .innerJoin('subtree', 'subtree.id', 'plans.issuer_unit_id')
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
    .where((eb) =>
      eb.or([
        eb('parent.id', 'is', null),
        eb.not(
          eb.exists(
            eb.selectFrom('subtree as inside').select('inside.id').whereRef('inside.id', '=', 'parent.issuer_unit_id'),
          ),
        ),
      ]),
    );
  if (year !== null) query = query.where('plans.year', '=', year);
  return query.orderBy('plans.year', 'desc').orderBy('plans.created_at').execute();
}

/** The four categories as SQL over `tasks` (the same rule as the domain's taskStatus; no deadline and done = on time). */
const statusCounts = (now: Date) => {
  const done = sql<SqlBool>`tasks.completed_at is not null`;
  const dueBy = (at: Expression<unknown>) => sql<SqlBool>`(tasks.due_at is null or ${at} <= tasks.due_at)`;
  return [
    sql<number>`count(*) filter (where ${done} and ${dueBy(sql`tasks.completed_at`)})::int`.as('onTime'),
    sql<number>`count(*) filter (where ${done} and not ${dueBy(sql`tasks.completed_at`)})::int`.as('late'),
    sql<number>`count(*) filter (where not ${done} and not ${dueBy(sql`${now}::timestamptz`)})::int`.as('overdue'),
    sql<number>`count(*) filter (where not ${done} and ${dueBy(sql`${now}::timestamptz`)})::int`.as('pending'),
  ] as const;
};

/** For each root plan, the four categories over every obligation of the plans below it (not the root's own), counted in SQL. */
export function countObligationsBelow(db: Kysely<Database>, rootPlanIds: string[], now: Date) {
  if (!rootPlanIds.length) return Promise.resolve([]);
  return withPlanTree(db, rootPlanIds)
    .selectFrom('tree')
    .innerJoin('tasks', 'tasks.plan_id', 'tree.id')
    .select(['tree.root_id as rootPlanId', ...statusCounts(now)])
    .where('tree.depth', '>', 0)
    .where('tasks.state', '<>', 'handedOver')
    .groupBy('tree.root_id')
    .execute();
}

/** One obligation (sub-plan `plan` or a round's key) across a cascade, counted per level below the root, in the scope. */
export function countObligationByLevel(
  db: Kysely<Database>,
  rootPlanId: string,
  column: string,
  scopeUnitId: string,
  now: Date,
) {
  return withPlanTree(db, [rootPlanId])
    .selectFrom('tree')
    .innerJoin('plans', 'plans.id', 'tree.id')
    .innerJoin('tasks', 'tasks.plan_id', 'tree.id')
    .select(['tree.depth as level', ...statusCounts(now)])
    .where('tree.depth', '>', 0)
    .where('plans.issuer_unit_id', 'in', unitsInScope(db, scopeUnitId))
    .where('tasks.state', '<>', 'handedOver')
    .where((eb) =>
      column === 'plan'
        ? eb('tasks.kind', '=', 'plan')
        : eb.and([eb('tasks.kind', '<>', 'plan'), eb('tasks.round_key', '=', column)]),
    )
    .groupBy('tree.depth')
    .orderBy('tree.depth')
    .execute();
}

/** The latest submission of one round by each plan of a cascade that sent it and whose report was not returned. */
export function listRoundValues(db: Kysely<Database>, planIds: string[], roundKey: string) {
  if (!planIds.length) return Promise.resolve([]);
  return db
    .selectFrom('tasks')
    .innerJoin('report_submissions as s', 's.task_id', 'tasks.id')
    .select(['tasks.plan_id as planId', 's.values', 's.submitted_at as submittedAt'])
    .distinctOn('tasks.plan_id')
    .where('tasks.plan_id', 'in', planIds)
    .where('tasks.round_key', '=', roundKey)
    .where('tasks.kind', '<>', 'plan')
    .where('tasks.returned_reason', 'is', null)
    .where('tasks.state', '<>', 'handedOver')
    .orderBy('tasks.plan_id')
    .orderBy('s.submitted_at', 'desc')
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

/** What happened to a plan and its obligations, from the audit, oldest first (not waiting for the obligations' ids). */
export function listAuditOfPlan(db: Kysely<Database>, planId: string) {
  return db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .select([
      'audit_events.at',
      'audit_events.action',
      'audit_events.subject_id as subjectId',
      'users.display_name as actor',
    ])
    .where(
      sql<SqlBool>`audit_events.subject_id in (select id from tasks where plan_id = ${planId} union all select ${planId})`,
    )
    .orderBy('audit_events.at')
    .orderBy('audit_events.id')
    .limit(500)
    .execute();
}
