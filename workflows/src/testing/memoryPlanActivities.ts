import { endOfVnDay } from '@cascade/domain';
import { Context } from '@temporalio/activity';
import type { PlanActivities } from '../activities';
import type { IndicatorValues, ReportDetails, SubPlan } from '../types';

export interface MemoryUnit {
  id: string;
  kind: string;
  children?: MemoryUnit[];
}

export interface ReportRecord {
  planId: string;
  unitId: string;
  roundKey: string;
  values: IndicatorValues;
  details: ReportDetails;
  submittedAt: string;
  onTime: boolean;
}

/**
 * The plan activities over an in-memory store: for workflow tests and the simulator, where the
 * process under test is the workflow and the database is not. Every subordinate named in the tree cascades.
 */
export function createMemoryPlanActivities(root: MemoryUnit, rootPlanId: string) {
  const units = new Map<string, MemoryUnit>();
  const visit = (u: MemoryUnit) => {
    units.set(u.id, u);
    u.children?.forEach(visit);
  };
  visit(root);
  const planUnits = new Map<string, string>([[rootPlanId, root.id]]);
  const reportsByUpdate = new Map<string, ReportRecord>();
  const record = {
    issued: new Map<string, string>(),
    reminders: [] as { planId: string; unitId: string; roundKey: string | null; on: string }[],
    escalations: [] as { planId: string; unitId: string; roundKey: string | null; dueOn: string }[],
    reports: [] as ReportRecord[],
    assessments: [] as {
      planId: string;
      roundKey: string;
      selfScore: number | null;
      reviewerScore: number;
      grade: string;
    }[],
    handOvers: [] as { planId: string; unitId: string; successorUnitId: string; droppedRoundKeys: string[] }[],
    returns: [] as { planId: string; roundKey: string | null; reason: string }[],
    closes: new Map<string, string>(),
  };

  const activities: PlanActivities = {
    async openPlanTask() {},
    async savePlanDraft() {},
    async approvePlanDraft() {},
    async returnPlanDraft({ planId, reason }) {
      record.returns.push({ planId, roundKey: null, reason });
    },
    async issuePlan({ planId, issuedAt }) {
      if (!record.issued.has(planId)) record.issued.set(planId, issuedAt);
    },
    async createSubPlans({ planId, subPlanDueOn }): Promise<SubPlan[]> {
      const unit = units.get(planUnits.get(planId)!)!;
      return (unit.children ?? []).map((child) => {
        const subPlanId = `${planId}.${child.id}`;
        planUnits.set(subPlanId, child.id);
        return {
          planId: subPlanId,
          unitId: child.id,
          workflowId: `plan-${subPlanId}`,
          dueAt: endOfVnDay(subPlanDueOn).toISOString(),
          cascades: (child.children ?? []).length > 0,
        };
      });
    },
    async startSubPlanWorkflows({ taskQueue, starts }) {
      await Promise.all(
        starts.map((s) =>
          Context.current()
            .client.workflow.start('planWorkflow', {
              taskQueue: s.taskQueue ?? taskQueue,
              workflowId: s.workflowId,
              args: [s.input],
            })
            .catch((error: unknown) => {
              if (!(error instanceof Error && error.name === 'WorkflowExecutionAlreadyStartedError')) throw error;
            }),
        ),
      );
    },
    async openReportTasks() {},
    async recordAssessment({ planId, roundKey, selfScore, reviewerScore, grade }) {
      record.assessments.push({ planId, roundKey: roundKey!, selfScore, reviewerScore, grade });
    },
    async handOverObligations({ planId, unitId, successorUnitId, droppedRoundKeys }) {
      record.handOvers.push({ planId, unitId, successorUnitId, droppedRoundKeys });
    },
    async recordReport({ planId, unitId, roundKey, values, details, submittedAt, onTime, updateId }) {
      const stored = updateId ? reportsByUpdate.get(updateId) : undefined;
      if (stored) return { submittedAt: stored.submittedAt, onTime: stored.onTime };
      const report = { planId, unitId, roundKey: roundKey!, values, details, submittedAt, onTime };
      record.reports.push(report);
      if (updateId) reportsByUpdate.set(updateId, report);
      return { submittedAt, onTime };
    },
    async returnReport({ planId, roundKey, reason }) {
      record.returns.push({ planId, roundKey, reason });
    },
    async closePlanYear({ planId, at }) {
      if (!record.closes.has(planId)) record.closes.set(planId, at);
    },
    async sendReminder({ planId, unitId, roundKey, on }) {
      record.reminders.push({ planId, unitId, roundKey, on });
    },
    async escalateOverdue({ planId, unitId, roundKey, dueOn }) {
      record.escalations.push({ planId, unitId, roundKey, dueOn });
    },
  };
  return {
    activities,
    record,
    unitOfPlan: (planId: string) => planUnits.get(planId),
    /** The workflow of every plan the cascade has started so far, the root's first. */
    workflowIds: () => [...planUnits.keys()].map((planId) => `plan-${planId}`),
  };
}
