import { pendingApprovalStep } from '@cascade/domain';
import { currentUpdateInfo, setHandler } from '@temporalio/workflow';
import { approveDraftUpdate, issuePlanUpdate, returnDraftUpdate, saveDraftUpdate } from './messages';
import { persist } from './persist';
import { type PlanContext, reject, rejectWhenClosed } from './planState';

/** Draft → the template's approval steps → issue, or back to the officer with a reason. */
export function setDraftHandlers({ input, state, schedule, clock, steps }: PlanContext): void {
  setHandler(
    saveDraftUpdate,
    async ({ actorId, title, content }) => {
      const { draftVersion, phase, approvals } = state;
      const version = ++state.draftVersion;
      state.phase = 'drafting';
      state.approvals = [];
      await persist(steps.savePlanDraft({ planId: input.planId, actorId, title, content, version }), () =>
        Object.assign(state, { draftVersion, phase, approvals }),
      );
      return { version };
    },
    {
      validator: ({ baseVersion }) => {
        rejectWhenClosed(state);
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành, không thể sửa dự thảo.', 'AlreadyIssued');
        if (baseVersion !== state.draftVersion)
          reject('Dự thảo đã được người khác cập nhật; hãy tải lại trước khi lưu.', 'StaleDraft');
      },
    },
  );

  setHandler(
    approveDraftUpdate,
    async ({ actorId, draftVersion, stepKey }) => {
      const at = clock.nowIso();
      const { approvals } = state;
      state.approvals = [...approvals, { stepKey, actorId, at }];
      await persist(
        steps.approvePlanDraft({ planId: input.planId, actorId, version: draftVersion, stepKey, at }),
        () => (state.approvals = approvals),
      );
      return { approvedAt: at };
    },
    {
      validator: ({ draftVersion, stepKey }) => {
        rejectWhenClosed(state);
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (state.draftVersion === 0) reject('Chưa có dự thảo.', 'NoDraft');
        if (state.phase === 'returned') reject('Dự thảo đã bị trả lại; cần chỉnh sửa trước khi duyệt.', 'Returned');
        if (draftVersion !== state.draftVersion)
          reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại.', 'StaleDraft');
        const pending = pendingApprovalStep(input.approvalSteps ?? [], state.approvals);
        if (pending?.key !== stepKey)
          reject(pending ? `Dự thảo đang chờ bước: ${pending.label}.` : 'Dự thảo đã qua mọi bước duyệt.', 'WrongStep');
      },
    },
  );

  setHandler(
    returnDraftUpdate,
    async ({ actorId, draftVersion, reason }) => {
      const { phase, approvals } = state;
      state.phase = 'returned';
      state.approvals = [];
      const at = clock.nowIso();
      await persist(steps.returnPlanDraft({ planId: input.planId, actorId, version: draftVersion, reason, at }), () =>
        Object.assign(state, { phase, approvals }),
      );
      return { returnedAt: at };
    },
    {
      validator: ({ draftVersion }) => {
        rejectWhenClosed(state);
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (state.phase === 'returned') reject('Dự thảo đã được trả lại, đang chờ chỉnh sửa.', 'AlreadyReturned');
        if (state.draftVersion === 0) reject('Chưa có dự thảo.', 'NoDraft');
        if (draftVersion !== state.draftVersion)
          reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại.', 'StaleDraft');
      },
    },
  );

  setHandler(
    issuePlanUpdate,
    async ({ actorId, issue, targets, schedule: handedDownSchedule }) => {
      state.issuing = true;
      const issuedAt = clock.nowIso();
      const handedDown = { ...input.targets, ...targets };
      await persist(
        steps.issuePlan({
          planId: input.planId,
          actorId,
          issue,
          issuedAt,
          targets: handedDown,
          schedule: handedDownSchedule,
          updateId: currentUpdateInfo()?.id,
        }),
        () => (state.issuing = false),
      );
      // Only the levels below change: the unit's own due dates stay as they were.
      if (handedDownSchedule) schedule.rounds.splice(0, schedule.rounds.length, ...handedDownSchedule.rounds);
      state.issued = { issuedAt, issue, targets: handedDown };
      state.phase = 'issued';
      return { issuedAt };
    },
    {
      validator: ({ draftVersion }) => {
        rejectWhenClosed(state);
        if (state.issued || state.issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (state.draftVersion === 0) reject('Chưa có dự thảo để ban hành.', 'NoDraft');
        if (state.phase === 'returned') reject('Dự thảo đã bị trả lại; cần chỉnh sửa trước khi ban hành.', 'Returned');
        const pending = pendingApprovalStep(input.approvalSteps ?? [], state.approvals);
        if (pending) reject(`Dự thảo chưa qua bước: ${pending.label}.`, 'ApprovalPending');
        if (draftVersion !== state.draftVersion)
          reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại trước khi ban hành.', 'StaleDraft');
      },
    },
  );
}
