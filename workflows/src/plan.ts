import { taskStatus, vnDateOf } from '@cascade/domain';
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { stepActivitiesOn, writes as activities } from './activityOptions';
import { fanOutAdhocRound } from './adhocFanOut';
import { createClock } from './clock';
import { watchDeadline } from './deadline';
import { setDraftHandlers } from './draftHandlers';
import { adhocRoundSignal, closeYearSignal, handOverSignal, progressQuery } from './messages';
import { patches } from './patches';
import { createPlanState } from './planState';
import { setReportHandlers } from './reportHandlers';
import { roundProgress, roundStateFor } from './rounds';
import { planSearchAttributes, searchAttributeKeys } from './searchAttributes';
import type { PlanWorkflowInput, ScheduledRound, SubPlan } from './types';

/** One unit's plan for one year: draft, approve or return, issue, cascade, then report in every round. */
export async function planWorkflow(
  input: PlanWorkflowInput,
): Promise<{ issuedAt: string | null; closedAt: string | null }> {
  const clock = createClock(input.clockShiftMs);
  const schedule = { ...input.schedule, rounds: [...input.schedule.rounds] };
  const state = createPlanState();
  const closed = () => state.closedAt !== null;
  const watchers: Promise<void>[] = [];
  /** Work that runs beside the main flow; a step that fails for good is logged and shown, the year goes on. */
  const inBackground = (step: string, work: Promise<unknown>) => {
    watchers.push(
      work.then(
        () => undefined,
        (error: unknown) => {
          const message = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '';
          log.warn('A background step failed for good', { step, message });
          state.failedSteps.push({ step, message, at: clock.nowIso() });
        },
      ),
    );
  };
  /** A sub-plan's workflow start, once it was asked for; signals for it wait on it. */
  const childStarts = new Map<string, Promise<unknown>>();
  const ref = (roundKey: string | null) => ({ planId: input.planId, unitId: input.unitId, roundKey });

  function addRound(round: ScheduledRound) {
    if (state.rounds.has(round.key)) return;
    const round_ = roundStateFor(round, input.level);
    state.rounds.set(round.key, round_);
    if (!round_.owed) return;
    inBackground(
      `round ${round.key}`,
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
    failedSteps: state.failedSteps,
  }));

  const { steps, cascade: cascadeWrites } = stepActivitiesOn(input.stepsTaskQueue);
  const context = { input, state, schedule, clock, activities, steps, ref };
  setDraftHandlers(context);
  setReportHandlers(context);

  function forwardAdhocRound(round: ScheduledRound) {
    if (!patched(patches.adhocAfterChildStart)) {
      for (const sub of state.subPlans)
        inBackground(
          `ad hoc ${round.key} → ${sub.unitId}`,
          getExternalWorkflowHandle(sub.workflowId).signal(adhocRoundSignal, round),
        );
      return;
    }
    if (patched(patches.adhocFanOutChild)) {
      const started = state.subPlans.filter((sub) => childStarts.has(sub.workflowId));
      const allStarted = Promise.all(started.map((sub) => childStarts.get(sub.workflowId)!));
      // One child signals every started sub-plan: a few events here per request instead of two per sub-plan.
      const ids = started.map((sub) => sub.workflowId);
      const forwarded = allStarted.then(() => fanOutAdhocRound(ids, round));
      inBackground(
        `ad hoc ${round.key}`,
        forwarded.then((unreached) => {
          for (const sub of started.filter((s) => unreached.includes(s.workflowId))) {
            const message = 'Kế hoạch cấp dưới đã kết thúc; không chuyển được yêu cầu báo cáo đột xuất.';
            state.failedSteps.push({ step: `ad hoc ${round.key} → ${sub.unitId}`, message, at: clock.nowIso() });
          }
        }),
      );
      return;
    }
    for (const sub of state.subPlans) {
      const started = childStarts.get(sub.workflowId);
      // Not asked to start yet: its input, built later from `schedule`, already carries the round.
      if (!started) continue;
      const forwarded = started.then(() => getExternalWorkflowHandle(sub.workflowId).signal(adhocRoundSignal, round));
      // A sub-plan whose workflow has already ended (its year closed, or it never started) owes nothing more.
      inBackground(`ad hoc ${round.key} → ${sub.unitId}`, forwarded);
    }
  }

  setHandler(adhocRoundSignal, (round) => {
    if (closed()) return;
    schedule.rounds.push(round);
    addRound(round);
    forwardAdhocRound(round);
  });

  setHandler(closeYearSignal, ({ at }) => {
    state.closedAt ??= at;
  });

  setHandler(handOverSignal, ({ successorUnitId, effectiveOn }) => {
    if (state.successorUnitId === successorUnitId) return;
    // The successor was merged in its turn: what this unit owed moves on to the new successor.
    if (state.successorUnitId && !patched(patches.repeatedHandOver)) return;
    state.successorUnitId = successorUnitId;
    const dropped = [...state.rounds.values()].filter((r) => r.owed && r.dueOn >= effectiveOn && !r.firstSubmittedAt);
    for (const round of dropped) round.owed = false;
    inBackground(
      'hand over',
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
    inBackground(
      'plan deadline',
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
    state.subPlans = await cascadeWrites.createSubPlans({
      planId: input.planId,
      subPlanDueOn,
      at: state.issued.issuedAt,
    });
    const issued = state.issued;
    // Test servers run without the search attributes; a plan started with them passes them down.
    const findable = workflowInfo().typedSearchAttributes.get(searchAttributeKeys.plan) !== undefined;
    const searchAttributesOf = (sub: SubPlan) =>
      findable ? planSearchAttributes({ planId: sub.planId, unitId: sub.unitId, year: input.year }) : undefined;
    // A sub-plan that hands work down again is one thousands wait on: its workflow tasks go on the steps queue, not
    // behind the first tasks of the thousands of sub-plans just started, which stay on the root plan's queue.
    const plansTaskQueue = input.plansTaskQueue ?? workflowInfo().taskQueue;
    const queueOf = (sub: SubPlan) =>
      input.stepsTaskQueue ? { taskQueue: sub.cascades ? input.stepsTaskQueue : plansTaskQueue } : {};
    const inputOf = (sub: SubPlan): PlanWorkflowInput => ({
      ...input,
      ...(input.stepsTaskQueue ? { plansTaskQueue } : {}),
      planId: sub.planId,
      unitId: sub.unitId,
      level: input.level + 1,
      dueAt: sub.dueAt,
      schedule,
      targets: issued.targets,
    });
    const startSubPlan = (sub: SubPlan) => {
      const searchAttributes = searchAttributesOf(sub);
      const started = startChild(planWorkflow, {
        workflowId: sub.workflowId,
        ...(searchAttributes ? { typedSearchAttributes: searchAttributes } : {}),
        args: [inputOf(sub)],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      childStarts.set(sub.workflowId, started);
      return started;
    };
    if (patched(patches.subPlansStartedByActivity)) {
      const started = cascadeWrites.startSubPlanWorkflows({
        taskQueue: workflowInfo().taskQueue,
        starts: state.subPlans.map((sub) => ({
          workflowId: sub.workflowId,
          input: inputOf(sub),
          searchAttributes: searchAttributesOf(sub),
          ...queueOf(sub),
        })),
      });
      for (const sub of state.subPlans) childStarts.set(sub.workflowId, started);
      await started;
    } else if (patched(patches.concurrentChildStarts)) {
      await Promise.all(state.subPlans.map(startSubPlan));
    } else {
      for (const sub of state.subPlans) await startSubPlan(sub);
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
