import {
  type Database,
  findPlan,
  findTask,
  findTemplate,
  isPlanImplementedByUnit,
  type Kysely,
  latestSubmissions,
  listSubPlans,
  listTaskStates,
  listUnits,
  type Plan,
  reportTaskId,
  type Unit,
  type User,
} from '@cascade/db';
import {
  aggregateIndicators,
  type IssuingBody,
  issuingBodyOf,
  signingLinesOf,
  subtreeIds,
  vnDateOf,
} from '@cascade/domain';
import { defaultPlanForm } from '@cascade/forms';
import { TRPCError } from '@trpc/server';
import { forbidden } from './access';
import { reportFormOf } from './reportForm';

const notFound = (message: string) => new TRPCError({ code: 'NOT_FOUND', message });

function issuerOf(units: readonly Unit[], unitId: string): IssuingBody {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị ban hành.');
  const parent = unit.parent_id ? (units.find((u) => u.id === unit.parent_id) ?? null) : null;
  return issuingBodyOf(unit, parent);
}

function nodesOf(units: readonly Unit[]) {
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    effectiveFrom: u.effective_from,
    effectiveTo: u.effective_to,
  }));
}

/** A unit reads a document of a unit it watches (its own subtree, a supervisor's) or one it consolidates. */
function mayRead(units: readonly Unit[], user: User, unitId: string, focalUnitIds: (string | null)[]) {
  return subtreeIds(nodesOf(units), user.scope_unit_id).has(unitId) || focalUnitIds.includes(user.unit_id);
}

/** What an issued plan's document is made from, for a user who may read it. */
export async function planDocumentSource(db: Kysely<Database>, user: User, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  const units = await listUnits(db);
  // Sent down: a unit below reads the plans above its own sub-plan (its chain), not every plan of its parents.
  const implementsIt = plan.issue !== null && (await isPlanImplementedByUnit(db, plan.id, user.unit_id));
  if (!implementsIt && !mayRead(units, user, plan.issuer_unit_id, [plan.focal_unit_id]))
    throw forbidden('Bạn không có quyền xem văn bản này.');
  if (!plan.issue)
    throw new TRPCError({ code: 'CONFLICT', message: 'Kế hoạch chưa ban hành: chỉ tải được văn bản đã ban hành.' });
  const template = await findTemplate(db, plan.template_id);
  return {
    title: plan.title,
    year: plan.year,
    content: plan.content,
    form: template?.definition.planForm ?? defaultPlanForm,
    issue: plan.issue,
    issuer: issuerOf(units, plan.issuer_unit_id),
    units: units.map((u) => ({ id: u.id, name: u.name })),
  };
}

async function consolidationOf(db: Kysely<Database>, plan: Plan, roundKey: string) {
  const subPlans = await listSubPlans(db, plan.id);
  if (subPlans.length === 0) return null;
  const taskIds = subPlans.map((p) => reportTaskId(p.id, roundKey));
  const [states, submissions] = await Promise.all([listTaskStates(db, taskIds), latestSubmissions(db, taskIds)]);
  const rows = subPlans
    .map((p) => ({ p, state: states.find((s) => s.id === reportTaskId(p.id, roundKey)) }))
    .filter(({ state }) => state?.state !== 'handedOver')
    .map(({ p, state }) => {
      const submission = submissions.find((s) => s.task_id === reportTaskId(p.id, roundKey));
      // A returned report waits for its revision: it is not summed until sent again.
      return { unitName: p.unitName, values: submission && !state?.returnedReason ? submission.values : null };
    });
  const totals = aggregateIndicators(
    plan.schedule.indicators,
    rows.flatMap((r) => (r.values ? [r.values] : [])),
  );
  return { rows, totals };
}

/** What a sent report's document is made from, for a user who may read it. */
export async function reportDocumentSource(db: Kysely<Database>, user: User, taskId: string) {
  const task = await findTask(db, taskId);
  if (!task?.roundKey) throw notFound('Không tìm thấy báo cáo.');
  const plan = await findPlan(db, task.planId);
  if (!plan) throw notFound('Không tìm thấy kế hoạch.');
  const parent = plan.parent_plan_id ? await findPlan(db, plan.parent_plan_id) : undefined;
  const units = await listUnits(db);
  if (!mayRead(units, user, task.unitId, [plan.focal_unit_id, parent?.focal_unit_id ?? null]))
    throw forbidden('Bạn không có quyền xem văn bản này.');
  const [submission] = await latestSubmissions(db, [taskId]);
  if (!submission) throw new TRPCError({ code: 'CONFLICT', message: 'Báo cáo chưa được gửi: chưa có văn bản để tải.' });
  const round = plan.schedule.rounds.find((r) => r.key === task.roundKey);
  if (!round) throw notFound('Không tìm thấy kỳ báo cáo.');
  const issuer = issuerOf(units, task.unitId);
  // The report cites the plan it answers: the one its unit received, or the unit's own for the top plan.
  const cited = parent ?? plan;
  const citedIssuer = issuerOf(units, cited.issuer_unit_id);
  const receiver = parent && units.find((u) => u.id === parent.issuer_unit_id);
  const focal = parent?.focal_unit_id ? units.find((u) => u.id === parent.focal_unit_id) : undefined;
  return {
    issuer,
    year: plan.year,
    submittedOn: vnDateOf(submission.submitted_at),
    round: { label: round.label, review: round.review },
    plan: {
      title: cited.title,
      documentNumber: cited.issue?.documentNumber ?? null,
      issuedOn: cited.issue?.issuedOn ?? null,
      issuerInText: citedIssuer.nameInText,
    },
    indicators: plan.schedule.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      target: plan.targets[i.key] ?? i.target,
    })),
    values: submission.values,
    narrative: submission.narrative,
    details: submission.details,
    detailsForm: await reportFormOf(db, plan, round.key),
    units: units.map((u) => ({ id: u.id, name: u.name })),
    review:
      (submission.review as {
        results: string;
        limitations: string;
        proposals: string;
        selfScore: number;
        commendations: string[];
      } | null) ?? null,
    consolidation: await consolidationOf(db, plan, round.key),
    signer: {
      lines: signingLinesOf(plan.issue, issuer),
      name: plan.issue?.signerName ?? '',
    },
    recipients: [
      ...(receiver ? [`${issuerOf(units, receiver.id).nameInText}${focal ? ` (qua ${focal.name})` : ''}`] : []),
      'Lưu: VT',
    ],
  };
}
