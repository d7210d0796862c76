import {
  type Database,
  findPlan,
  findTemplate,
  isPlanImplementedByUnit,
  type Kysely,
  listPlanChain,
  listUnitNodes,
  listUnitTasks,
  type Plan,
  subPlanId,
  type User,
} from '@cascade/db';
import { issuingBodyOf, signingLinesOf } from '@cascade/domain';
import { defaultPlanForm } from '@cascade/forms';
import { TRPCError } from '@trpc/server';
import { forbidden, visibleUnitIds } from './access';
import { unitChoicesIn } from './planForm';

/**
 * A unit reads a plan it watches (its own subtree, a supervisor's), one it consolidates for, or one it implements:
 * the chain of plans above its own sub-plan, and no other plan of its parents.
 */
async function requireReadablePlan(db: Kysely<Database>, user: User, planId: string): Promise<Plan> {
  const plan = await findPlan(db, planId);
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  if (plan.focal_unit_id === user.unit_id) return plan;
  if ((await visibleUnitIds(db, user)).has(plan.issuer_unit_id)) return plan;
  if (plan.issue && (await isPlanImplementedByUnit(db, plan.id, user.unit_id))) return plan;
  throw forbidden(
    'Bạn chỉ xem được kế hoạch của đơn vị mình, kế hoạch cấp trên mà đơn vị triển khai và kế hoạch trong phạm vi theo dõi.',
  );
}

/** What the caller's unit owes under the plan: its sub-plan (with the deadline) and its report rounds. */
async function asksOfUnit(db: Kysely<Database>, plan: Plan, unitId: string) {
  const own = await findPlan(db, subPlanId(plan.id, unitId));
  if (!own) return null;
  const tasks = (await listUnitTasks(db, unitId)).filter((t) => t.planId === own.id && t.unitId === unitId);
  return {
    subPlanDueOn: plan.issue?.subPlanDueOn ?? null,
    tasks: tasks.map((t) => ({ id: t.id, kind: t.kind, title: t.title, dueAt: t.dueAt, state: t.state })),
  };
}

/** A plan as a read-only document, the chain of plans above it, and what it asks of the caller's unit. */
export async function readPlan(db: Kysely<Database>, user: User, planId: string) {
  const plan = await requireReadablePlan(db, user, planId);
  const [template, units, chain] = await Promise.all([
    findTemplate(db, plan.template_id),
    listUnitNodes(db),
    listPlanChain(db, plan.id),
  ]);
  const issuerUnit = units.find((u) => u.id === plan.issuer_unit_id);
  const issuerParent = issuerUnit?.parentId ? units.find((u) => u.id === issuerUnit.parentId) : undefined;
  const issuer = issuerUnit ? issuingBodyOf(issuerUnit, issuerParent ?? null) : null;
  return {
    id: plan.id,
    title: plan.title,
    year: plan.year,
    status: plan.status,
    issuerName: issuerUnit?.name ?? plan.issuer_unit_id,
    content: plan.issue ? plan.content : {},
    issue: plan.issue,
    issuer: issuer && { name: issuer.name, parentName: issuer.parentName, place: issuer.place },
    signingLines: issuer && plan.issue ? signingLinesOf(plan.issue, issuer) : null,
    form: template?.definition.planForm ?? defaultPlanForm,
    units: unitChoicesIn(units, plan.issuer_unit_id),
    targets: plan.schedule.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      target: plan.targets[i.key] ?? i.target,
    })),
    /** The plans above, the top plan first. */
    chain: chain
      .slice(1)
      .reverse()
      .map((p) => ({
        id: p.id,
        title: p.title,
        documentNumber: p.issue?.documentNumber ?? null,
        issuedOn: p.issue?.issuedOn ?? null,
        issuerName: p.issuerName,
      })),
    asks: await asksOfUnit(db, plan, user.unit_id),
  };
}
