import { taskStatus } from '@cascade/domain';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import type { PlanActivities } from './activities';
import { issuePlanUpdate, progressQuery, saveDraftUpdate } from './messages';
import type { PlanIssue, PlanWorkflowInput, SubPlan } from './types';

const activities = proxyActivities<PlanActivities>({ startToCloseTimeout: '1 minute' });

const msUntil = (iso: string) => Date.parse(iso) - Date.now();

function reject(message: string, type: string): never {
  throw ApplicationFailure.nonRetryable(message, type);
}

/** One unit's plan for one year: draft, issue, cascade to the subordinates, watch the deadline. */
export async function planWorkflow(input: PlanWorkflowInput): Promise<{ issuedAt: string | null }> {
  let draftVersion = 0;
  let issuing = false;
  const state: { issued: { issuedAt: string; issue: PlanIssue } | null } = { issued: null };
  let subPlans: SubPlan[] = [];

  setHandler(progressQuery, () => ({
    planId: input.planId,
    unitId: input.unitId,
    phase: state.issued ? 'issued' : 'drafting',
    draftVersion,
    dueAt: input.dueAt,
    issuedAt: state.issued?.issuedAt ?? null,
    status: input.dueAt
      ? taskStatus({ dueAt: new Date(input.dueAt), completedAt: state.issued ? new Date(state.issued.issuedAt) : null }, new Date())
      : state.issued ? 'onTime' : 'pending',
    subPlans,
  }));

  setHandler(
    saveDraftUpdate,
    async ({ actorId, title, content }) => {
      const version = ++draftVersion;
      await activities.savePlanDraft({ planId: input.planId, actorId, title, content, version });
      return { version };
    },
    {
      validator: ({ baseVersion }) => {
        if (state.issued || issuing) reject('Kế hoạch đã được ban hành, không thể sửa dự thảo.', 'AlreadyIssued');
        if (baseVersion !== draftVersion) reject('Dự thảo đã được người khác cập nhật; hãy tải lại trước khi lưu.', 'StaleDraft');
      },
    },
  );

  setHandler(
    issuePlanUpdate,
    async ({ actorId, issue }) => {
      issuing = true;
      const issuedAt = new Date().toISOString();
      await activities.issuePlan({ planId: input.planId, actorId, issue, issuedAt });
      state.issued = { issuedAt, issue };
      return { issuedAt };
    },
    {
      validator: ({ draftVersion: approved }) => {
        if (state.issued || issuing) reject('Kế hoạch đã được ban hành.', 'AlreadyIssued');
        if (draftVersion === 0) reject('Chưa có dự thảo để ban hành.', 'NoDraft');
        if (approved !== draftVersion) reject('Dự thảo đã thay đổi kể từ khi được xem; hãy xem lại trước khi ban hành.', 'StaleDraft');
      },
    },
  );

  if (input.dueAt && msUntil(input.dueAt) > 0) {
    await condition(() => state.issued !== null, msUntil(input.dueAt));
  }
  if (input.dueAt && !state.issued) await activities.markPlanOverdue({ planId: input.planId });
  if (msUntil(input.closesAt) > 0) await condition(() => state.issued !== null, msUntil(input.closesAt));

  if (state.issued?.issue.subPlanDueOn) {
    subPlans = await activities.createSubPlans({ planId: input.planId, subPlanDueOn: state.issued.issue.subPlanDueOn });
    for (const sub of subPlans) {
      await startChild(planWorkflow, {
        workflowId: sub.workflowId,
        args: [{ planId: sub.planId, unitId: sub.unitId, year: input.year, dueAt: sub.dueAt, closesAt: input.closesAt }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    }
  }

  if (msUntil(input.closesAt) > 0) await condition(() => false, msUntil(input.closesAt));
  await condition(allHandlersFinished);
  return { issuedAt: state.issued?.issuedAt ?? null };
}
