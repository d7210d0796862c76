import { type Database, type Kysely, listCascadeTasks, type User } from '@cascade/db';
import { buildMonitorGrid, type GridObligation, type MonitorTask } from '@cascade/domain';
import { scopedCascade } from './scopedCascade';

const collator = new Intl.Collator('vi');

/** A cascade in the user's scope as the monitor reads it: rows (units' plans), columns (obligations), the grid. */
export async function readCascade(db: Kysely<Database>, user: User, planId: string, now: Date) {
  const { plan, plans } = await scopedCascade(db, user, planId);
  const tasks = await listCascadeTasks(
    db,
    plans.map((p) => p.planId),
  );
  const obligations: (GridObligation & MonitorTask)[] = tasks.map((t) => ({
    id: t.id,
    planId: t.planId,
    column: t.kind === 'plan' ? 'plan' : (t.roundKey ?? 'plan'),
    openedAt: t.openedAt,
    dueAt: t.dueAt,
    completedAt: t.completedAt,
    handedOver: t.state === 'handedOver',
  }));
  const grid = buildMonitorGrid(plans, obligations, now);
  const isAdmin = user.roles.includes('admin');
  const rows = plans
    .map((p) => ({
      planId: p.planId,
      parentPlanId: p.parentPlanId,
      unitId: p.unitId,
      unitName: p.unitName,
      unitKind: p.unitKind,
      level: grid.levelOf[p.planId] ?? 0,
      documentNumber: p.issue?.documentNumber ?? null,
      workflowId: isAdmin ? p.workflowId : null,
    }))
    .sort((a, b) => a.level - b.level || collator.compare(a.unitName, b.unitName));
  const columns = [
    { key: 'plan', label: 'Kế hoạch', dueOn: null as string | null },
    ...plan.schedule.rounds.map((r) => ({ key: r.key, label: r.label, dueOn: r.dueOnByLevel[1] ?? null })),
  ];
  return { plan: { id: plan.id, title: plan.title, year: plan.year }, columns, rows, obligations, grid };
}

/** A cascade as the monitor's overdue list, đôn đốc and export read it: cells, counts and rates by plan and column. */
export async function cascadeView(db: Kysely<Database>, user: User, planId: string, now = new Date()) {
  const { plan, columns, rows, obligations, grid } = await readCascade(db, user, planId, now);
  const taskIds = Object.fromEntries(obligations.map((t) => [`${t.planId}|${t.column}`, t.id]));
  const taskDates = Object.fromEntries(
    obligations.map((t) => [
      t.id,
      {
        openedAt: t.openedAt.toISOString(),
        dueAt: t.dueAt?.toISOString() ?? null,
        completedAt: t.completedAt?.toISOString() ?? null,
      },
    ]),
  );
  return {
    plan,
    columns,
    rows,
    cells: grid.cells,
    taskIds,
    taskDates,
    subtreeCounts: grid.subtreeCounts,
    rates: grid.rates,
    generatedAt: now.toISOString(),
  };
}

export type CascadeView = Awaited<ReturnType<typeof cascadeView>>;
