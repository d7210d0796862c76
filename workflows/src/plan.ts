import { type DraftApproval, endOfVnDay, gradeOf, pendingApprovalStep, type PlanIssue, type SubPlan, taskStatus, vnDateOf } from '@cascade/domain';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { PlanActivities } from './activities';
import { createClock } from './clock';
import { watchDeadline } from './deadline';
import {
  adhocRoundSignal,
  approveDraftUpdate,
  assessReportUpdate,
  closeYearSignal,
  handOverSignal,
  issuePlanUpdate,
  progressQuery,
  returnDraftUpdate,
  returnReportUpdate,
  saveDraftUpdate,
  submitReportUpdate,
} from './messages';
import { type RoundState, roundProgress, roundStateFor } from './rounds';
import { planSearchAttributes, searchAttributeKeys } from './searchAttributes';
import type { PlanProgress, PlanWorkflowInput, ScheduledRound } from './types';

const activities = proxyActivities<PlanActivities>({ startToCloseTimeout: '1 minute' });

function reject(message: string, type: string): never {
  throw ApplicationFailure.nonRetryable(message, type);
}

/** One unit's plan for one year: draft, approve or return, issue, cascade, then report in every round. */
export async function planWorkflow(input: PlanWorkflowInput): Promise<{ issuedAt: string | null; closedAt: string | null }> {
  const clock = createClock(input.clockShiftMs);
  const schedule = { ...input.schedule, rounds: [...input.schedule.rounds] };
  const state = {
    phase: 'drafting' as PlanProgress['phase'],
    draftVersion: 0,
    approvals: [] as DraftApproval[],
    issuing: false,
    issued: null as { issuedAt: string; issue: PlanIssue; targets: Record<string, number | null> } | null,
    subPlans: [] as SubPlan[],
    rounds: new Map<string, RoundState>(),
    successorUnitId: null as string | null,
    closedAt: null as string | null,
  };
  const closed = () => state.closedAt !== null;
  const rejectWhenClosed = () => {
    if (closed()) reject('Năm kế hoạch đã kết thúc (đã tổng kết).', 'YearClosed');
  };
  const watchers: Promise<void>[] = [];
  const ref = (roundKey: string | null) => ({ planId: input.planId, unitId: input.unitId, roundKey });

  function addRound(round: ScheduledRound) {
    if (state.rounds.has(round.key)) return;
    const round_ = roundStateFor(round, input.level);
    state.rounds.set(round.key, round_);
    if (!round_.owed) return;
    watchers.push(
      activities
        .openReportTasks({ planId: input.planId, unitId: input.unitId, rounds: [{ key: round.key, dueOn: round_.dueOn }] })
        .then(() => watchDeadline(clock, activities, ref(round.key), round_.dueOn, schedule.remindDaysBefore, () => round_.firstSubmittedAt !== null || !round_.owed || closed())),
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
      ? taskStatus({ dueAt: new Date(input.dueAt), completedAt: state.issued ? new Date(state.issued.issuedAt) : null }, new Date(clock.now()))
      : state.issued ? 'onTime' : 'pending',
    subPlans: state.subPlans,
    rounds: [...state.rounds.values()].map((r) => roundProgress(r, clock.now())),
    targets: state.issued?.targets ?? input.targets,
    successorUnitId: state.successorUnitId,
  }));

  setHandler(
    saveDraftUpdate,
    async ({ actorId, title, content }) => {
      const version = ++state.draftVersion;
      state.phase = 'drafting';
      state.approvals = [];
      await activities.savePlanDraft({ planId: input.planId, actorId, title, content, version });
      return { version };
    },
    {
      validator: ({ baseVersion }) => {
        rejectWhenClosed();
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành, không thể sửa dự thảo.', 'AlreadyIssued');
        if (baseVersion !== state.draftVersion) reject('Dự thảo đã được người khác cập nhật; hãy tải lại trước khi lưu.', 'StaleDraft');
      },
    },
  );

  setHandler(
    approveDraftUpdate,
    async ({ actorId, draftVersion, stepKey }) => {
      const at = clock.nowIso();
      state.approvals = [...state.approvals, { stepKey, actorId, at }];
      await activities.approvePlanDraft({ planId: input.planId, actorId, version: draftVersion, stepKey, at });
      return { approvedAt: at };
    },
    {
      validator: ({ draftVersion, stepKey }) => {
        rejectWhenClosed();
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (state.draftVersion === 0) reject('Chưa có dự thảo.', 'NoDraft');
        if (state.phase === 'returned') reject('Dự thảo đã bị trả lại; cần chỉnh sửa trước khi duyệt.', 'Returned');
        if (draftVersion !== state.draftVersion) reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại.', 'StaleDraft');
        const pending = pendingApprovalStep(input.approvalSteps ?? [], state.approvals);
        if (pending?.key !== stepKey) reject(pending ? `Dự thảo đang chờ bước: ${pending.label}.` : 'Dự thảo đã qua mọi bước duyệt.', 'WrongStep');
      },
    },
  );

  setHandler(
    returnDraftUpdate,
    async ({ actorId, draftVersion, reason }) => {
      state.phase = 'returned';
      state.approvals = [];
      const at = clock.nowIso();
      await activities.returnPlanDraft({ planId: input.planId, actorId, version: draftVersion, reason, at });
      return { returnedAt: at };
    },
    {
      validator: ({ draftVersion }) => {
        rejectWhenClosed();
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (state.phase === 'returned') reject('Dự thảo đã được trả lại, đang chờ chỉnh sửa.', 'AlreadyReturned');
        if (state.draftVersion === 0) reject('Chưa có dự thảo.', 'NoDraft');
        if (draftVersion !== state.draftVersion) reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại.', 'StaleDraft');
      },
    },
  );

  setHandler(
    issuePlanUpdate,
    async ({ actorId, issue, targets }) => {
      state.issuing = true;
      const issuedAt = clock.nowIso();
      const handedDown = { ...input.targets, ...targets };
      await activities.issuePlan({ planId: input.planId, actorId, issue, issuedAt, targets: handedDown });
      state.issued = { issuedAt, issue, targets: handedDown };
      state.phase = 'issued';
      return { issuedAt };
    },
    {
      validator: ({ draftVersion }) => {
        rejectWhenClosed();
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (state.draftVersion === 0) reject('Chưa có dự thảo để ban hành.', 'NoDraft');
        if (state.phase === 'returned') reject('Dự thảo đã bị trả lại; cần chỉnh sửa trước khi ban hành.', 'Returned');
        const pending = pendingApprovalStep(input.approvalSteps ?? [], state.approvals);
        if (pending) reject(`Dự thảo chưa qua bước: ${pending.label}.`, 'ApprovalPending');
        if (draftVersion !== state.draftVersion) reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại trước khi ban hành.', 'StaleDraft');
      },
    },
  );

  setHandler(
    submitReportUpdate,
    async ({ actorId, roundKey, values, narrative, review, details }) => {
      const round = state.rounds.get(roundKey)!;
      const submittedAt = clock.nowIso();
      round.firstSubmittedAt ??= submittedAt;
      round.submittedAt = submittedAt;
      round.returnedReason = null;
      round.values = values;
      round.selfScore = review?.selfScore ?? null;
      const onTime = Date.parse(round.firstSubmittedAt) <= endOfVnDay(round.dueOn).getTime();
      await activities.recordReport({ ...ref(roundKey), actorId, values, narrative, review, details, submittedAt, onTime });
      if (input.level === 0 && round.round.review === 'annual') state.closedAt ??= submittedAt;
      return { submittedAt, status: onTime ? 'onTime' : 'late' };
    },
    {
      validator: ({ roundKey, values }) => {
        rejectWhenClosed();
        const round = state.rounds.get(roundKey);
        if (!round?.owed) reject(`Đơn vị không phải báo cáo kỳ ${roundKey}.`, 'NotOwed');
        if (round.submittedAt && !round.returnedReason) reject('Báo cáo kỳ này đã được gửi.', 'AlreadySubmitted');
        const unknown = Object.keys(values).filter((k) => !schedule.indicators.some((i) => i.key === k));
        if (unknown.length) reject(`Chỉ tiêu không có trong kế hoạch: ${unknown.join(', ')}.`, 'UnknownIndicator');
      },
    },
  );

  setHandler(
    returnReportUpdate,
    async ({ actorId, roundKey, reason }) => {
      const round = state.rounds.get(roundKey)!;
      round.returnedReason = reason;
      const at = clock.nowIso();
      await activities.returnReport({ ...ref(roundKey), actorId, reason, at });
      return { returnedAt: at };
    },
    {
      validator: ({ roundKey }) => {
        rejectWhenClosed();
        const round = state.rounds.get(roundKey);
        if (!round?.submittedAt || round.returnedReason) reject('Chỉ trả lại được báo cáo đã gửi.', 'NotSubmitted');
      },
    },
  );

  setHandler(
    assessReportUpdate,
    async ({ actorId, roundKey, reviewerScore }) => {
      const round = state.rounds.get(roundKey)!;
      const grade = gradeOf(reviewerScore, schedule.gradeBands);
      round.assessment = { selfScore: round.selfScore, reviewerScore, grade };
      await activities.recordAssessment({ ...ref(roundKey), actorId, selfScore: round.selfScore, reviewerScore, grade });
      return { grade };
    },
    {
      validator: ({ roundKey, reviewerScore }) => {
        rejectWhenClosed();
        const round = state.rounds.get(roundKey);
        if (!round?.round.review) reject('Chỉ chấm điểm các kỳ sơ kết, tổng kết.', 'NotAReview');
        if (!round.submittedAt || round.returnedReason) reject('Đơn vị chưa gửi báo cáo để chấm điểm.', 'NotSubmitted');
        if (!(reviewerScore >= 0 && reviewerScore <= 100)) reject('Điểm chấm từ 0 đến 100.', 'BadScore');
      },
    },
  );

  setHandler(adhocRoundSignal, (round) => {
    if (closed()) return;
    schedule.rounds.push(round);
    addRound(round);
    for (const sub of state.subPlans) void getExternalWorkflowHandle(sub.workflowId).signal(adhocRoundSignal, round);
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
      activities.handOverObligations({ planId: input.planId, unitId: input.unitId, successorUnitId, effectiveOn, droppedRoundKeys: dropped.map((r) => r.round.key) }),
    );
  });

  schedule.rounds.forEach(addRound);
  await activities.openPlanTask({ planId: input.planId, dueAt: input.dueAt });
  if (input.dueAt) {
    watchers.push(watchDeadline(clock, activities, ref(null), vnDateOf(new Date(input.dueAt)), schedule.remindDaysBefore, () => state.issued !== null || closed()));
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
        ...(findable ? { typedSearchAttributes: planSearchAttributes({ planId: sub.planId, unitId: sub.unitId, year: input.year }) } : {}),
        args: [{ ...input, planId: sub.planId, unitId: sub.unitId, level: input.level + 1, dueAt: sub.dueAt, schedule, targets: state.issued.targets }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
  }

  await clock.waitUntil(closesAt, closed);
  state.closedAt ??= clock.nowIso();
  const closedAt = state.closedAt;
  // Sent together, in one workflow task; a sub-plan whose own year already ended has nothing left to close.
  await Promise.all(state.subPlans.map((sub) => getExternalWorkflowHandle(sub.workflowId).signal(closeYearSignal, { at: closedAt }).catch(() => undefined)));
  await activities.closePlanYear({ planId: input.planId, at: state.closedAt });
  await Promise.all(watchers);
  await condition(allHandlersFinished);
  return { issuedAt: state.issued?.issuedAt ?? null, closedAt: state.closedAt };
}
