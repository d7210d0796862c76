import { taskStatus, vnDateOf } from '@cascade/domain';
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { PlanActivities } from './activities';
import { adhocFanOutPatch, fanOutAdhocRound } from './adhocFanOut';
import { createClock } from './clock';
import { watchDeadline } from './deadline';
import { setDraftHandlers } from './draftHandlers';
import { adhocRoundSignal, closeYearSignal, handOverSignal, progressQuery } from './messages';
import { createPlanState } from './planState';
import { setReportHandlers } from './reportHandlers';
import { roundProgress, roundStateFor } from './rounds';
import { planSearchAttributes, searchAttributeKeys } from './searchAttributes';
import type { PlanWorkflowInput, ScheduledRound } from './types';

const activities = proxyActivities<PlanActivities>({ startToCloseTimeout: '1 minute' });

/** One unit's plan for one year: draft, approve or return, issue, cascade, then report in every round. */
export async function planWorkflow(
  input: PlanWorkflowInput,
): Promise<{ issuedAt: string | null; closedAt: string | null }> {
  const clock = createClock(input.clockShiftMs);
  const schedule = { ...input.schedule, rounds: [...input.schedule.rounds] };
  const state = createPlanState();
  const closed = () => state.closedAt !== null;
  const watchers: Promise<void>[] = [];
  const ref = (roundKey: string | null) => ({ planId: input.planId, unitId: input.unitId, roundKey });

  function addRound(round: ScheduledRound) {
    if (state.rounds.has(round.key)) return;
    const round_ = roundStateFor(round, input.level);
    state.rounds.set(round.key, round_);
    if (!round_.owed) return;
    watchers.push(
      activities
        .openReportTasks({
          planId: input.planId,
          unitId: input.unitId,
          rounds: [{ key: round.key, dueOn: round_.dueOn }],
        })
        .then(() =>
          watchDeadline(
            clock,
            activities,
            ref(round.key),
            round_.dueOn,
            schedule.remindDaysBefore,
            () => round_.firstSubmittedAt !== null || !round_.owed || closed(),
          ),
        ),
    );
  }

  setHandler(progressQuery, () => ({
    planId: input.planId,
    unitId: input.unitId,
    level: input.level,
    phase: state.phase,
    closedAt: state.closedAt,
    draftVersion: state.draftVersion,
    approvals: state.approvals,
    dueAt: input.dueAt,
    issuedAt: state.issued?.issuedAt ?? null,
    status: input.dueAt
      ? taskStatus(
          { dueAt: new Date(input.dueAt), completedAt: state.issued ? new Date(state.issued.issuedAt) : null },
          new Date(clock.now()),
        )
      : state.issued
        ? 'onTime'
        : 'pending',
    subPlans: state.subPlans,
    rounds: [...state.rounds.values()].map((r) => roundProgress(r, clock.now())),
    targets: state.issued?.targets ?? input.targets,
    successorUnitId: state.successorUnitId,
  }));

  const context = { input, state, schedule, clock, activities, ref };
  setDraftHandlers(context);
  setReportHandlers(context);

  setHandler(adhocRoundSignal, (round) => {
    if (closed()) return;
    schedule.rounds.push(round);
    addRound(round);
    const subPlanIds = state.subPlans.map((sub) => sub.workflowId);
    if (patched(adhocFanOutPatch)) watchers.push(fanOutAdhocRound(subPlanIds, round));
    else for (const id of subPlanIds) void getExternalWorkflowHandle(id).signal(adhocRoundSignal, round);
  });

  setHandler(closeYearSignal, ({ at }) => {
    state.closedAt ??= at;
  });

  setHandler(handOverSignal, ({ successorUnitId, effectiveOn }) => {
    if (state.successorUnitId) return;
    state.successorUnitId = successorUnitId;
    const dropped = [...state.rounds.values()].filter((r) => r.owed && r.dueOn >= effectiveOn && !r.firstSubmittedAt);
    for (const round of dropped) round.owed = false;
    watchers.push(
      activities.handOverObligations({
        planId: input.planId,
        unitId: input.unitId,
        successorUnitId,
        effectiveOn,
        droppedRoundKeys: dropped.map((r) => r.round.key),
      }),
    );
  });

  schedule.rounds.forEach(addRound);
  await activities.openPlanTask({ planId: input.planId, dueAt: input.dueAt });
  if (input.dueAt) {
    watchers.push(
      watchDeadline(
        clock,
        activities,
        ref(null),
        vnDateOf(new Date(input.dueAt)),
        schedule.remindDaysBefore,
        () => state.issued !== null || closed(),
      ),
    );
  }

  const closesAt = Date.parse(input.closesAt);
  await clock.waitUntil(closesAt, () => state.issued !== null || closed());
  const subPlanDueOn = state.issued?.issue.subPlanDueOn;
  if (state.issued && subPlanDueOn && !closed()) {
    state.subPlans = await activities.createSubPlans({ planId: input.planId, subPlanDueOn, at: state.issued.issuedAt });
    // Test servers run without the search attributes; a plan started with them passes them down.
    const findable = workflowInfo().typedSearchAttributes.get(searchAttributeKeys.plan) !== undefined;
    for (const sub of state.subPlans) {
      await startChild(planWorkflow, {
        workflowId: sub.workflowId,
        ...(findable
          ? {
              typedSearchAttributes: planSearchAttributes({ planId: sub.planId, unitId: sub.unitId, year: input.year }),
            }
          : {}),
        args: [
          {
            ...input,
            planId: sub.planId,
            unitId: sub.unitId,
            level: input.level + 1,
            dueAt: sub.dueAt,
            schedule,
            targets: state.issued.targets,
          },
        ],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
  }

  await clock.waitUntil(closesAt, closed);
  state.closedAt ??= clock.nowIso();
  const closedAt = state.closedAt;
  // Sent together, in one workflow task; a sub-plan whose own year already ended has nothing left to close.
  await Promise.all(
    state.subPlans.map((sub) =>
      getExternalWorkflowHandle(sub.workflowId)
        .signal(closeYearSignal, { at: closedAt })
        .catch(() => undefined),
    ),
  );
  await activities.closePlanYear({ planId: input.planId, at: state.closedAt });
  await Promise.all(watchers);
  await condition(allHandlersFinished);
  return { issuedAt: state.issued?.issuedAt ?? null, closedAt: state.closedAt };
}
