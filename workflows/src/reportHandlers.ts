import { endOfVnDay, gradeOf } from '@cascade/domain';
import { currentUpdateInfo, patched, setHandler } from '@temporalio/workflow';
import { localWrites } from './activityOptions';
import { assessReportUpdate, returnReportUpdate, submitReportUpdate } from './messages';
import { patches } from './patches';
import { persist } from './persist';
import { type PlanContext, reject, rejectWhenClosed } from './planState';

/** The unit's reports: sent (late ones counted late), returned by the receiving unit, scored in sơ kết / tổng kết. */
export function setReportHandlers({ input, state, schedule, clock, activities, steps, ref }: PlanContext): void {
  setHandler(
    submitReportUpdate,
    async ({ actorId, roundKey, values, narrative, review, details }) => {
      const round = state.rounds.get(roundKey)!;
      const before = { ...round };
      const submittedAt = clock.nowIso();
      round.firstSubmittedAt ??= submittedAt;
      round.submittedAt = submittedAt;
      round.returnedReason = null;
      round.values = values;
      round.selfScore = review?.selfScore ?? null;
      const onTime = Date.parse(round.firstSubmittedAt) <= endOfVnDay(round.dueOn).getTime();
      const report = { ...ref(roundKey), actorId, values, narrative, review, details, submittedAt, onTime };
      const undo = () => Object.assign(round, before);
      let stored = { submittedAt, onTime };
      if (patched(patches.reportWrittenOnceLocally)) {
        stored = await persist(localWrites.recordReport({ ...report, updateId: currentUpdateInfo()?.id }), undo);
        // Run again after a worker died: the state takes the time stored the first time, as the sender is told.
        round.submittedAt = stored.submittedAt;
        round.firstSubmittedAt = before.firstSubmittedAt ?? stored.submittedAt;
      } else {
        await persist(activities.recordReport(report), undo);
      }
      if (input.level === 0 && round.round.review === 'annual') state.closedAt ??= stored.submittedAt;
      return { submittedAt: stored.submittedAt, status: stored.onTime ? 'onTime' : 'late' };
    },
    {
      validator: ({ roundKey, values }) => {
        rejectWhenClosed(state);
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
      await persist(steps.returnReport({ ...ref(roundKey), actorId, reason, at }), () => {
        round.returnedReason = null;
      });
      return { returnedAt: at };
    },
    {
      validator: ({ roundKey }) => {
        rejectWhenClosed(state);
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
      const { assessment } = round;
      round.assessment = { selfScore: round.selfScore, reviewerScore, grade };
      await persist(
        steps.recordAssessment({ ...ref(roundKey), actorId, selfScore: round.selfScore, reviewerScore, grade }),
        () => (round.assessment = assessment),
      );
      return { grade };
    },
    {
      validator: ({ roundKey, reviewerScore }) => {
        rejectWhenClosed(state);
        const round = state.rounds.get(roundKey);
        if (!round?.round.review) reject('Chỉ chấm điểm các kỳ sơ kết, tổng kết.', 'NotAReview');
        if (!round.submittedAt || round.returnedReason) reject('Đơn vị chưa gửi báo cáo để chấm điểm.', 'NotSubmitted');
        if (!(reviewerScore >= 0 && reviewerScore <= 100)) reject('Điểm chấm từ 0 đến 100.', 'BadScore');
      },
    },
  );
}
