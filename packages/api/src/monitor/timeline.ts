import { type Database, type Kysely, listAuditOfPlan, listCascadeTasks, type User } from '@cascade/db';
import { cellOf, summarizeStatuses } from '@cascade/domain';
import { scopeOfPlan } from './scopeOfPlan';

/**
 * One unit's year under a plan: when each obligation opened, was due and was done, its record over the report rounds
 * already due ("consistently reporting"), and what happened, from the audit.
 */
export async function unitTimeline(db: Kysely<Database>, user: User, planId: string, now = new Date()) {
  const plan = await scopeOfPlan(db, user, planId);
  const [tasks, events] = await Promise.all([listCascadeTasks(db, [plan.id]), listAuditOfPlan(db, plan.id)]);
  const labelOf = new Map(plan.schedule.rounds.map((r) => [r.key, r.label]));
  const obligations = tasks
    .filter((t) => t.state !== 'handedOver')
    .map((t) => {
      const column = t.kind === 'plan' ? 'plan' : (t.roundKey ?? 'plan');
      const cell = cellOf(
        { planId: plan.id, column, dueAt: t.dueAt, completedAt: t.completedAt, handedOver: false },
        now,
      );
      return {
        taskId: t.id,
        column,
        label: column === 'plan' ? 'Kế hoạch' : (labelOf.get(column) ?? column),
        openedAt: t.openedAt.toISOString(),
        dueAt: t.dueAt?.toISOString() ?? null,
        completedAt: t.completedAt?.toISOString() ?? null,
        ...cell,
      };
    })
    .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.openedAt.localeCompare(b.openedAt));
  const rounds = obligations.filter((o) => o.column !== 'plan' && o.status !== 'pending');
  return {
    plan: { id: plan.id, title: plan.title, year: plan.year },
    unitName: plan.issuerName,
    obligations,
    record: summarizeStatuses(rounds.map((r) => r.status)),
    events: events.map((e) => ({ at: e.at.toISOString(), action: e.action, subjectId: e.subjectId, actor: e.actor })),
  };
}
