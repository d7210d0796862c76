import { type Database, type Kysely, listObligationsBelow, listScopeRootPlans, type User } from '@cascade/db';
import { summarizeStatuses, taskStatus, type TaskStatus } from '@cascade/domain';
import { visibleUnitIds } from '../access';

/** The plans a user watches, each with the four categories over every obligation below it. */
export async function monitorOverview(db: Kysely<Database>, user: User, year: number | null, now = new Date()) {
  const visible = [...(await visibleUnitIds(db, user))];
  const plans = await listScopeRootPlans(db, visible, year);
  const obligations = await listObligationsBelow(
    db,
    plans.map((p) => p.id),
  );
  const statuses = new Map<string, TaskStatus[]>();
  for (const o of obligations) {
    if (o.state === 'handedOver') continue;
    const status: TaskStatus = o.dueAt
      ? taskStatus({ dueAt: o.dueAt, completedAt: o.completedAt }, now)
      : o.completedAt
        ? 'onTime'
        : 'pending';
    statuses.set(o.rootPlanId, [...(statuses.get(o.rootPlanId) ?? []), status]);
  }
  return plans.map((p) => ({ ...p, summary: summarizeStatuses(statuses.get(p.id) ?? []) }));
}
