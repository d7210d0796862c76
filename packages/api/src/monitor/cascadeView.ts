import { type Database, type Kysely, listCascadeTasks, type User } from '@cascade/db';
import { buildMonitorGrid, type MonitorTask } from '@cascade/domain';
import { scopedCascade } from './scopedCascade';

const collator = new Intl.Collator('vi');

/** A cascade as the monitor shows it: rows (units' plans in scope), columns (obligations), cells, counts and rates. */
export async function cascadeView(db: Kysely<Database>, user: User, planId: string, now = new Date()) {
  const { plan, plans } = await scopedCascade(db, user, planId);
  const tasks = await listCascadeTasks(
    db,
    plans.map((p) => p.planId),
  );
  const columnOf = (t: (typeof tasks)[number]) => (t.kind === 'plan' ? 'plan' : (t.roundKey ?? 'plan'));
  const monitorTasks: MonitorTask[] = tasks.map((t) => ({
    planId: t.planId,
    column: columnOf(t),
    dueAt: t.dueAt,
    completedAt: t.completedAt,
    handedOver: t.state === 'handedOver',
  }));
  const grid = buildMonitorGrid(plans, monitorTasks, now);
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
  const taskIds = Object.fromEntries(tasks.map((t) => [`${t.planId}|${columnOf(t)}`, t.id]));
  const taskDates = Object.fromEntries(
    tasks.map((t) => [
      t.id,
      {
        openedAt: t.openedAt.toISOString(),
        dueAt: t.dueAt?.toISOString() ?? null,
        completedAt: t.completedAt?.toISOString() ?? null,
      },
    ]),
  );
  return {
    plan: { id: plan.id, title: plan.title, year: plan.year },
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
