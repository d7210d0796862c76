import {
  type Database,
  findTemplate,
  type Kysely,
  listPlanInboxFacts,
  listSubordinateReporting,
  latestSignOffStates,
  listUnitTasks,
  type User,
} from '@cascade/db';
import {
  type ApprovalStep,
  isActorAmong,
  nextStepOf,
  roundNotOpenNotice,
  roundOpensOn,
  vnDateOf,
} from '@cascade/domain';
import { statusAt } from './status';

type Facts = Awaited<ReturnType<typeof listPlanInboxFacts>>[number];

async function approvalStepsByTemplate(db: Kysely<Database>, facts: Facts[]) {
  const ids = [...new Set(facts.map((f) => f.templateId))];
  const templates = await Promise.all(ids.map((id) => findTemplate(db, id)));
  return new Map<string, ApprovalStep[]>(ids.map((id, i) => [id, templates[i]?.definition.approvalSteps ?? []]));
}

/**
 * The caller's unit's tasks split into "chờ tôi xử lý" (the next step is one of the caller's roles) and "đang chờ
 * người khác", those not yet open, and those finished; each grouped by plan and sorted by due date. A consolidation
 * waits out of sight until its round opens: the period has begun, or a subordinate has reported.
 */
export async function buildTaskInbox(db: Kysely<Database>, user: User, now = new Date()) {
  const tasks = await listUnitTasks(db, user.unit_id);
  const planIds = [...new Set(tasks.map((t) => t.planId))];
  const reportTaskIds = tasks.filter((t) => t.kind === 'report').map((t) => t.id);
  const [facts, reporting, signOffs] = await Promise.all([
    listPlanInboxFacts(db, planIds),
    listSubordinateReporting(db, planIds),
    latestSignOffStates(db, reportTaskIds),
  ]);
  const factsOf = new Map(facts.map((f) => [f.id, f]));
  const stepsOf = await approvalStepsByTemplate(db, facts);
  const hasSubPlans = new Set(reporting.map((r) => r.parentPlanId));
  const reported = new Set(reporting.map((r) => `${r.parentPlanId}:${r.roundKey}`));
  const today = vnDateOf(now);

  const rows = tasks.flatMap((task) => {
    const fact = factsOf.get(task.planId);
    const isFocalWork = task.unitId !== user.unit_id;
    const isConsolidation =
      task.kind === 'report' && (isFocalWork || !task.parentPlanId || hasSubPlans.has(task.planId));
    const round = fact?.schedule.rounds.find((r) => r.key === task.roundKey);
    const opensOn = round && task.state !== 'closed' ? roundOpensOn(round.cutoff, today) : null;
    if (isConsolidation && opensOn && !reported.has(`${task.planId}:${task.roundKey}`)) return [];
    const next = nextStepOf({
      kind: task.kind,
      state: task.state,
      returnedReason: task.kind === 'plan' ? (fact?.returnedReason ?? null) : task.returnedReason,
      isConsolidation,
      signOff: signOffs.get(task.id),
      draft: fact && {
        version: fact.draftVersion,
        approvals: fact.approvals ?? [],
        steps: stepsOf.get(fact.templateId) ?? [],
      },
    });
    const nextLane = next.actor === null ? 'done' : isActorAmong(next.actor, user.roles) ? 'mine' : 'others';
    // A unit's own report cannot be sent before its period starts: it waits, "chưa đến hạn", out of "chờ tôi xử lý".
    const waitsToOpen = opensOn !== null && nextLane !== 'done';
    return [
      {
        ...task,
        status: statusAt(task, now),
        nextStep: waitsToOpen ? roundNotOpenNotice(opensOn) : next.words,
        isFocalWork,
        lane: waitsToOpen ? 'upcoming' : nextLane,
        opensOn: waitsToOpen ? opensOn : null,
      },
    ];
  });
  type Row = (typeof rows)[number];

  const groupsOf = (lane: string) => {
    const groups = new Map<string, { planId: string; title: string; year: number; tasks: Row[] }>();
    for (const row of rows.filter((r) => r.lane === lane)) {
      const group = groups.get(row.planId) ?? {
        planId: row.planId,
        title: factsOf.get(row.planId)?.title ?? row.title,
        year: row.year,
        tasks: [],
      };
      group.tasks.push(row);
      groups.set(row.planId, group);
    }
    const due = (r: Row) => r.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
    const list = [...groups.values()];
    for (const g of list) g.tasks.sort((a, b) => due(a) - due(b));
    return list.sort((a, b) => due(a.tasks[0]!) - due(b.tasks[0]!));
  };
  return {
    waitingForMe: groupsOf('mine'),
    waitingForOthers: groupsOf('others'),
    /** Report tasks whose period has not started: "chưa đến hạn". */
    notYetOpen: groupsOf('upcoming'),
    done: groupsOf('done'),
  };
}
