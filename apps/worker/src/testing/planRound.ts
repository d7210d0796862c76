import { createPlan, type Database, type Kysely, openPlanTask, planWorkflowId, subPlanId } from '@cascade/db';
import { massMobilisationTemplateId } from '@cascade/db/seed';
import { addDays, endOfVnDay } from '@cascade/domain';
import {
  issuePlanUpdate,
  type PlanSchedule,
  type PlanWorkflowInput,
  returnReportUpdate,
  saveDraftUpdate,
  submitReportUpdate,
  taskQueue,
} from '@cascade/workflows';
import type { Client } from '@temporalio/client';

export const roundKey = 'T6';
const schedule = (dueOn: string): PlanSchedule => ({
  rounds: [
    {
      key: roundKey,
      label: 'Báo cáo tháng 6',
      period: 'month',
      cutoff: { from: addDays(dueOn, -26), to: addDays(dueOn, 4) },
      dueOnByLevel: [dueOn],
    },
  ],
  remindDaysBefore: [3, 1],
  indicators: [{ key: 'citizenReceptions', label: 'Số buổi tiếp công dân', aggregate: 'sum', target: null }],
});
const content = { directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức thực hiện' };

/**
 * The Gia Lai province plan with one monthly round due on `dueOn`, its workflow clock shifted so that
 * the round falls due (23:59 of `dueOn`) at the real instant `deadline`. Each call below is what the API
 * does for a user: an Update whose id is the caller's idempotency key.
 */
export async function startProvincePlan(
  db: Kysely<Database>,
  temporal: Client,
  planId: string,
  dueOn: string,
  deadline: number,
) {
  const year = Number(dueOn.slice(0, 4));
  const title = `Kế hoạch công tác dân vận chính quyền năm ${year}`;
  const plan = {
    planId,
    unitId: 'gl',
    year,
    level: 0,
    dueAt: null,
    closesAt: endOfVnDay(`${year}-12-31`).toISOString(),
    schedule: schedule(dueOn),
    targets: {},
  };
  await createPlan(db, {
    id: planId,
    templateId: massMobilisationTemplateId,
    issuerUnitId: 'gl',
    parentPlanId: null,
    year,
    title,
    content,
    schedule: plan.schedule,
    targets: {},
  });
  const input: PlanWorkflowInput = { ...plan, clockShiftMs: endOfVnDay(dueOn).getTime() - deadline };
  await temporal.workflow.start('planWorkflow', { taskQueue, workflowId: planWorkflowId(planId), args: [input] });
  await openPlanTask(db, planId, null);

  const handleOf = (unitId: string) =>
    temporal.workflow.getHandle(planWorkflowId(unitId === 'gl' ? planId : subPlanId(planId, unitId)));
  const issue = {
    documentNumber: '61/KH-UBND',
    issuedOn: addDays(dueOn, -30),
    signerName: 'Trần Thị B',
    signerTitle: 'Chủ tịch',
    signingCapacity: 'TM.' as const,
    recipients: [],
    subPlanDueOn: addDays(dueOn, 10),
  };
  await handleOf('gl').executeUpdate(saveDraftUpdate, {
    updateId: `${planId}:draft`,
    args: [{ actorId: 'gl.chuyenvien', baseVersion: 0, title, content }],
  });
  await handleOf('gl').executeUpdate(issuePlanUpdate, {
    updateId: `${planId}:issue`,
    args: [{ actorId: 'gl.lanhdao', draftVersion: 1, issue }],
  });

  return {
    submit: (unitId: string, updateId: string, citizenReceptions: number) =>
      handleOf(unitId).executeUpdate(submitReportUpdate, {
        updateId,
        args: [
          {
            actorId: `${unitId}.chuyenvien`,
            roundKey,
            values: { citizenReceptions },
            narrative: `Báo cáo tháng 6 của ${unitId}`,
            details: {},
          },
        ],
      }),
    returnReport: (unitId: string, updateId: string, reason: string) =>
      handleOf(unitId).executeUpdate(returnReportUpdate, {
        updateId,
        args: [{ actorId: 'gl.chuyenvien', roundKey, reason }],
      }),
    saveSubPlanDraft: (unitId: string, updateId: string) =>
      handleOf(unitId).executeUpdate(saveDraftUpdate, {
        updateId,
        args: [{ actorId: `${unitId}.chuyenvien`, baseVersion: 0, title, content }],
      }),
  };
}
