import { type Database, type Kysely, listRoundValues, type User } from '@cascade/db';
import { rollUpIndicators, vnDateOf } from '@cascade/domain';
import { TRPCError } from '@trpc/server';
import { scopedCascade } from './scopedCascade';

const collator = new Intl.Collator('vi');

type Round = { key: string; label: string; dueOnByLevel: string[] };

/** Without a choice, the latest round already due (the first round before any is due). */
function defaultRound(rounds: readonly Round[], now: Date): Round | undefined {
  const today = vnDateOf(now);
  const due = rounds.filter((r) => (r.dueOnByLevel[1] ?? r.dueOnByLevel[0] ?? '9999') <= today);
  return due.at(-1) ?? rounds[0];
}

/** One round's indicators across the cascade in scope: by unit (summed up the tree by each rule) and by level. */
export async function indicatorsView(
  db: Kysely<Database>,
  user: User,
  planId: string,
  roundKey: string | null,
  now = new Date(),
) {
  const { plan, plans } = await scopedCascade(db, user, planId);
  const round = roundKey
    ? plan.schedule.rounds.find((r) => r.key === roundKey)
    : defaultRound(plan.schedule.rounds, now);
  if (roundKey && !round)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Kế hoạch không có kỳ báo cáo này; hãy chọn lại kỳ.' });
  const indicators = plan.schedule.indicators.map((i) => ({ ...i, target: plan.targets[i.key] ?? i.target }));
  const submissions = round
    ? await listRoundValues(
        db,
        plans.map((p) => p.planId),
        round.key,
      )
    : [];
  const valuesOf = new Map(submissions.map((s) => [s.planId, s.values]));
  const rows = plans.map((p) => ({
    planId: p.planId,
    parentPlanId: p.parentPlanId,
    level: p.depth,
    values: valuesOf.get(p.planId) ?? null,
    targets: p.planId === plan.id ? plan.targets : p.targets,
  }));
  const { byRow, byLevel } = rollUpIndicators(indicators, rows);
  return {
    plan: { id: plan.id, title: plan.title, year: plan.year },
    round: round ? { key: round.key, label: round.label } : null,
    rounds: plan.schedule.rounds.map((r) => ({ key: r.key, label: r.label })),
    indicators,
    rows: plans
      .map((p) => ({
        planId: p.planId,
        parentPlanId: p.parentPlanId,
        unitName: p.unitName,
        unitKind: p.unitKind,
        level: p.depth,
        hasReported: valuesOf.has(p.planId),
        figures: byRow[p.planId]!,
      }))
      .sort((a, b) => a.level - b.level || collator.compare(a.unitName, b.unitName)),
    byLevel,
    generatedAt: now.toISOString(),
  };
}

export type IndicatorsView = Awaited<ReturnType<typeof indicatorsView>>;
