import { type Database, findPlan, type Kysely, listCascadePlans, listCascadeTasks, type User } from '@cascade/db';
import { buildMonitorGrid, type MonitorTask } from '@cascade/domain';
import { TRPCError } from '@trpc/server';
import { forbidden, visibleUnitIds } from '../access';

const collator = new Intl.Collator('vi');

/** A cascade as the monitor shows it: rows (units' plans in scope), columns (obligations), cells, counts and rates. */
export async function cascadeView(db: Kysely<Database>, user: User, planId: string, now = new Date()) {
  const plan = await findPlan(db, planId);
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  const visible = await visibleUnitIds(db, user);
  if (!visible.has(plan.issuer_unit_id)) throw forbidden('Kế hoạch này nằm ngoài phạm vi theo dõi của bạn.');
  const plans = (await listCascadePlans(db, plan.id)).filter((p) => visible.has(p.unitId));
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
  const grid = buildMonitorGrid(
    plans.map((p) => ({ ...p, parentPlanId: p.planId === plan.id ? null : p.parentPlanId })),
    monitorTasks,
    now,
  );
  const isAdmin = user.roles.includes('admin');
  const rows = plans
    .map((p) => ({
      planId: p.planId,
      parentPlanId: p.planId === plan.id ? null : p.parentPlanId,
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
      { dueAt: t.dueAt?.toISOString() ?? null, completedAt: t.completedAt?.toISOString() ?? null },
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
