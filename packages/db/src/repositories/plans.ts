import { withPlanTree } from './planTree';
import { type Kysely, sql } from 'kysely';
import type { ImportedIssue } from '@cascade/domain';
import type { Database, Plan, PlanContent, PlanIssue, StoredSchedule, Task } from '../schema';
import type { DraftApproval } from '@cascade/domain';

export const planWorkflowId = (planId: string) => `plan-${planId}`;
export const planTaskId = (planId: string) => `${planId}:plan`;
export const subPlanId = (parentPlanId: string, unitId: string) => `${parentPlanId}.${unitId}`;

export interface NewPlan {
  id: string;
  schedule?: StoredSchedule;
  targets?: Record<string, number | null>;
  templateId: string;
  issuerUnitId: string;
  parentPlanId: string | null;
  year: number;
  title: string;
  content: PlanContent;
  importedIssue?: ImportedIssue | null;
}

/** A new plan's row; every row names the same columns (the column's default where the plan has none), so many insert in one statement. */
export const newPlanRow = (plan: NewPlan) => ({
  id: plan.id,
  template_id: plan.templateId,
  issuer_unit_id: plan.issuerUnitId,
  parent_plan_id: plan.parentPlanId,
  year: plan.year,
  title: plan.title,
  status: 'drafting' as const,
  content: JSON.stringify(plan.content),
  issue: JSON.stringify(null),
  workflow_id: planWorkflowId(plan.id),
  schedule: plan.schedule ? JSON.stringify(plan.schedule) : sql<string>`default`,
  targets: plan.targets ? JSON.stringify(plan.targets) : sql<string>`default`,
  imported_issue: plan.importedIssue ? JSON.stringify(plan.importedIssue) : sql<string>`default`,
});

/** Inserts the plan (idempotently); its obligation task is opened by the plan's workflow once it runs. */
export async function createPlan(db: Kysely<Database>, plan: NewPlan): Promise<void> {
  await db
    .insertInto('plans')
    .values(newPlanRow(plan))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The issuing unit's obligation to draft and issue its plan; does nothing if it exists. */
export async function openPlanTask(db: Kysely<Database>, planId: string, dueAt: Date | null): Promise<void> {
  const plan = await db
    .selectFrom('plans')
    .select(['issuer_unit_id', 'title', 'workflow_id'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('tasks')
    .values({
      id: planTaskId(planId),
      kind: 'plan',
      plan_id: planId,
      unit_id: plan.issuer_unit_id,
      title: plan.title,
      due_at: dueAt,
      state: 'open',
      workflow_id: plan.workflow_id,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export function findPlan(db: Kysely<Database>, id: string): Promise<Plan | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every version is kept; the plan row shows the latest. */
export async function savePlanDraft(
  db: Kysely<Database>,
  planId: string,
  draft: { title: string; content: PlanContent; version: number; savedBy: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('plan_drafts')
      .values({
        plan_id: planId,
        version: draft.version,
        title: draft.title,
        content: JSON.stringify(draft.content),
        saved_by: draft.savedBy,
      })
      .onConflict((oc) => oc.columns(['plan_id', 'version']).doNothing())
      .execute();
    await trx
      .updateTable('plans')
      .set({
        title: draft.title,
        content: JSON.stringify(draft.content),
        draft_version: draft.version,
        returned_reason: null,
        updated_at: new Date(),
      })
      .where('id', '=', planId)
      .where('draft_version', '<', draft.version)
      .execute();
    await trx.updateTable('tasks').set({ title: draft.title }).where('id', '=', planTaskId(planId)).execute();
  });
}

/** Records a step's approval of a draft version once, however often the activity is retried. */
export async function recordDraftApproval(
  db: Kysely<Database>,
  planId: string,
  version: number,
  approval: DraftApproval,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom('plan_drafts')
      .select('approvals')
      .where('plan_id', '=', planId)
      .where('version', '=', version)
      .forUpdate()
      .executeTakeFirst();
    if (!draft || draft.approvals.some((a) => a.stepKey === approval.stepKey)) return;
    await trx
      .updateTable('plan_drafts')
      .set({ approvals: JSON.stringify([...draft.approvals, approval]) })
      .where('plan_id', '=', planId)
      .where('version', '=', version)
      .execute();
  });
}

export async function findPlanDraft(db: Kysely<Database>, planId: string, version: number) {
  return db
    .selectFrom('plan_drafts')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function markPlanReturned(
  db: Kysely<Database>,
  planId: string,
  version: number,
  reason: string,
): Promise<void> {
  await db
    .updateTable('plans')
    .set({ returned_reason: reason, updated_at: new Date() })
    .where('id', '=', planId)
    .where('draft_version', '=', version)
    .execute();
}

export async function markPlanIssued(
  db: Kysely<Database>,
  planId: string,
  issue: PlanIssue,
  issuedAt: Date,
  targets?: Record<string, number | null>,
  /** The sub-plans' schedule, when the unit set its own lead time. */
  schedule?: StoredSchedule,
  /** The Update that issued it, so that a resend of it is answered from here. */
  updateId?: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('plans')
      .set({
        status: 'issued',
        issue: JSON.stringify(issue),
        focal_unit_id: issue.focalUnitId ?? null,
        issue_update_id: updateId ?? null,
        updated_at: issuedAt,
        ...(targets ? { targets: JSON.stringify(targets) } : {}),
        ...(schedule ? { schedule: JSON.stringify(schedule) } : {}),
      })
      .where('id', '=', planId)
      .where('status', '=', 'drafting')
      .execute();
    await trx
      .updateTable('tasks')
      .set({ state: 'done', completed_at: issuedAt, updated_at: issuedAt })
      .where('id', '=', planTaskId(planId))
      .where('state', '!=', 'done')
      .execute();
  });
}

/** When the plan was issued by the Update `updateId` (its plan task's completion), or undefined if it was not. */
export async function findIssueOfUpdate(
  db: Kysely<Database>,
  planId: string,
  updateId: string,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom('plans')
    .innerJoin('tasks', 'tasks.plan_id', 'plans.id')
    .select('tasks.completed_at')
    .where('plans.id', '=', planId)
    .where('tasks.id', '=', planTaskId(planId))
    .where('plans.issue_update_id', '=', updateId)
    .where('plans.status', '!=', 'drafting')
    .executeTakeFirst();
  return row?.completed_at ?? undefined;
}

export async function markTaskOverdue(db: Kysely<Database>, taskId: string, at: Date): Promise<Task | undefined> {
  return db
    .updateTable('tasks')
    .set({ state: 'overdue', updated_at: at })
    .where('id', '=', taskId)
    .where('state', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

/** The plan and every sub-plan below it, each with its issuing obligation. */
export async function listPlanTree(db: Kysely<Database>, rootPlanId: string) {
  return withPlanTree(db, [rootPlanId])
    .selectFrom('tree')
    .innerJoin('plans', 'plans.id', 'tree.id')
    .innerJoin('tasks', 'tasks.plan_id', 'plans.id')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .select([
      'plans.id as planId',
      'plans.parent_plan_id as parentPlanId',
      'plans.title',
      'plans.status',
      'plans.issue',
      'units.id as unitId',
      'units.name as unitName',
      'units.kind as unitKind',
      'tasks.due_at as dueAt',
      'tasks.completed_at as completedAt',
    ])
    .where('tasks.kind', '=', 'plan')
    .execute();
}

/** Adds an unscheduled round to a plan and every sub-plan below it. */
export async function addRoundToPlanTree(
  db: Kysely<Database>,
  rootPlanId: string,
  round: StoredSchedule['rounds'][number],
): Promise<void> {
  const ids = (await listPlanTree(db, rootPlanId)).map((n) => n.planId);
  await db
    .updateTable('plans')
    .set({
      schedule: sql`jsonb_set(schedule, '{rounds}', (schedule -> 'rounds') || ${JSON.stringify([round])}::jsonb)`,
    })
    .where('id', 'in', ids)
    .where(
      sql<boolean>`not exists (select 1 from jsonb_array_elements(schedule -> 'rounds') r where r ->> 'key' = ${round.key})`,
    )
    .execute();
}

/** The plan year is over: what was not done by now stays undone, and no longer waits in an inbox. */
export async function closePlanYear(db: Kysely<Database>, planId: string, at: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('plans').set({ status: 'closed', updated_at: at }).where('id', '=', planId).execute();
    await trx
      .updateTable('tasks')
      .set({ state: 'closed', updated_at: at })
      .where('plan_id', '=', planId)
      .where('state', 'in', ['open', 'overdue'])
      .execute();
  });
}

/** The workflows of the plans the given units issue, from a year on: the ones a merger hands over. */
export function listPlanWorkflowsOfUnits(
  db: Kysely<Database>,
  unitIds: readonly string[],
  fromYear: number,
): Promise<{ workflow_id: string }[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plans')
    .select('workflow_id')
    .where('issuer_unit_id', 'in', [...unitIds])
    .where('year', '>=', fromYear)
    .execute();
}

/** The plans issued by any of these units, newest year first. */
export function listPlansOfUnits(db: Kysely<Database>, unitIds: string[]) {
  if (!unitIds.length) return Promise.resolve([]);
  return db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .select([
      'plans.id',
      'plans.title',
      'plans.year',
      'plans.status',
      'plans.parent_plan_id as parentPlanId',
      'units.name as unitName',
      'plans.issuer_unit_id as unitId',
    ])
    .where('plans.issuer_unit_id', 'in', unitIds)
    .orderBy('plans.year', 'desc')
    .orderBy('plans.created_at')
    .execute();
}

/** A plan's direct sub-plans with their units, by unit name. */
export function listSubPlans(db: Kysely<Database>, planId: string) {
  return db
    .selectFrom('plans')
    .innerJoin('units', 'units.id', 'plans.issuer_unit_id')
    .select(['plans.id', 'units.id as unitId', 'units.name as unitName'])
    .where('parent_plan_id', '=', planId)
    .orderBy('units.name')
    .execute();
}
