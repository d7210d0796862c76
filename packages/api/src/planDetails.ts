import {
  type Database,
  findPlanDraft,
  findTemplate,
  type Kysely,
  listUnitNodes,
  type Plan,
  type TaskRow,
} from '@cascade/db';
import { childrenOf, issuingBodyOf, signingLinesOf, vnDateOf } from '@cascade/domain';
import { defaultPlanForm } from '@cascade/forms';
import { unitChoicesIn } from './planForm';
import { roundFormOf } from './reportForm';

/** What a task's page shows of its plan: the draft and its form, the approval steps, and what the leader sets when issuing. */
export async function planDetails(db: Kysely<Database>, plan: Plan, task: TaskRow) {
  const [template, units, draft] = await Promise.all([
    findTemplate(db, plan.template_id),
    listUnitNodes(db),
    findPlanDraft(db, plan.id, plan.draft_version),
  ]);
  const definition = template?.definition;
  // Who may consolidate the reports for the issuer: the unit itself or one of its direct subordinates, as in the plan's year.
  const asOf = [vnDateOf(new Date()), `${plan.year}-12-31`].sort()[0]!;
  const focalCandidates =
    task.kind === 'plan' && plan.status === 'drafting'
      ? childrenOf(units, task.unitId, asOf).map((u) => ({ id: u.id, name: u.name }))
      : [];
  const issuerUnit = units.find((u) => u.id === plan.issuer_unit_id);
  const issuerParent = issuerUnit?.parentId ? units.find((u) => u.id === issuerUnit.parentId) : undefined;
  const issuer = issuerUnit ? issuingBodyOf(issuerUnit, issuerParent ?? null) : null;
  const round = task.roundKey ? plan.schedule.rounds.find((r) => r.key === task.roundKey) : undefined;
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      year: plan.year,
      status: plan.status,
      content: plan.content,
      draftVersion: plan.draft_version,
      issue: plan.issue,
      /** The document's header and signing block as Decree 30/2020 sets them: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". */
      issuer: issuer && { name: issuer.name, parentName: issuer.parentName, place: issuer.place },
      signingLines: issuer && plan.issue ? signingLinesOf(plan.issue, issuer) : null,
      returnedReason: plan.returned_reason,
      focalUnitId: plan.focal_unit_id,
      focalCandidates,
      /** A plan brought in from its file: what the file says of its issue, the issue form's defaults. */
      importedIssue: plan.status === 'drafting' ? plan.imported_issue : null,
      /** A sub-plan's leader may set its subordinates' lead time when issuing; the template's is the default. */
      subordinateLeadDays: plan.parent_plan_id ? (definition?.leadDays ?? null) : null,
      /** The indicators with this plan's targets, which its leader may change for the sub-plans when issuing. */
      indicators: plan.schedule.indicators.map((i) => ({
        key: i.key,
        label: i.label,
        target: plan.targets[i.key] ?? i.target,
      })),
      approvalSteps: definition?.approvalSteps ?? [],
      // A returned draft starts its approvals again once revised.
      approvals: plan.returned_reason ? [] : (draft?.approvals ?? []),
      /** The form its content is drafted in and shown by, and the units that form's unit picker offers. */
      form: definition?.planForm ?? defaultPlanForm,
      units: unitChoicesIn(units, plan.issuer_unit_id),
    },
    round,
    definition,
    /** The round's questions beside the indicators (null for none). */
    reportForm: round ? roundFormOf(round, definition) : null,
  };
}
