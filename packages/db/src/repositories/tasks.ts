import type { Kysely } from 'kysely';
import type { Database, TemplateDefinition } from '../schema';

function tasksWithPlans(db: Kysely<Database>) {
  return db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .innerJoin('units', 'units.id', 'tasks.unit_id')
    .select([
      'tasks.id',
      'tasks.kind',
      'tasks.title',
      'tasks.unit_id as unitId',
      'units.name as unitName',
      'tasks.due_at as dueAt',
      'tasks.state',
      'tasks.completed_at as completedAt',
      'tasks.workflow_id as workflowId',
      'tasks.round_key as roundKey',
      'tasks.returned_reason as returnedReason',
      'plans.id as planId',
      'plans.parent_plan_id as parentPlanId',
      'plans.status as planStatus',
      'plans.issuer_unit_id as issuerUnitId',
      'plans.focal_unit_id as focalUnitId',
      'plans.year',
    ]);
}

export type TaskRow = Awaited<ReturnType<typeof findTask>> & {};

/** The unit's own tasks, and the reports it consolidates as the focal unit of another unit's plan. */
export function listUnitTasks(db: Kysely<Database>, unitId: string) {
  return tasksWithPlans(db)
    .where((eb) =>
      eb.or([
        eb('tasks.unit_id', '=', unitId),
        eb.and([eb('tasks.kind', '=', 'report'), eb('plans.focal_unit_id', '=', unitId)]),
      ]),
    )
    .orderBy('tasks.due_at', 'asc')
    .orderBy('tasks.created_at')
    .execute();
}

export function findTask(db: Kysely<Database>, taskId: string) {
  return tasksWithPlans(db).where('tasks.id', '=', taskId).executeTakeFirst();
}

/** A task with what a report's submission checks, in one round trip: its plan's schedule and its template. */
export async function findTaskWithTemplate(db: Kysely<Database>, taskId: string) {
  const row = await tasksWithPlans(db)
    .leftJoin('templates', 'templates.id', 'plans.template_id')
    .select(['plans.schedule', 'templates.definition as templateDefinition'])
    .where('tasks.id', '=', taskId)
    .executeTakeFirst();
  return row && { ...row, templateDefinition: row.templateDefinition as unknown as TemplateDefinition | null };
}

/** Whether each of the given tasks waits for a revision (returned) or was handed over. */
export function listTaskStates(db: Kysely<Database>, taskIds: string[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tasks')
    .select(['id', 'state', 'returned_reason as returnedReason'])
    .where('id', 'in', taskIds)
    .execute();
}

/** The unit that holds a task now (a merger may have handed it to a successor). */
export async function findTaskUnitId(db: Kysely<Database>, taskId: string): Promise<string | undefined> {
  const task = await db.selectFrom('tasks').select('unit_id').where('id', '=', taskId).executeTakeFirst();
  return task?.unit_id;
}
