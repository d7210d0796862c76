import { addDays, type IsoDate, vnDateOf, vnInstant } from '@cascade/domain';
import {
  handOverSignal,
  type IndicatorValues,
  issuePlanUpdate,
  type PlanProgress,
  progressQuery,
  saveDraftUpdate,
  submitReportUpdate,
} from '@cascade/workflows';
import { reportPlan, subPlanOffset } from './behaviour';
import { consolidatedValues } from './consolidation';
import { simulatedContent, simulatedIssue } from './planDocuments';
import { pollUntil } from './poll';
import { planHandle, scenarioNow, type SimulationRun } from './simulationRun';
import { subordinateReports } from './subordinateReports';

const actionHour = 10;

export const actionTime = (on: IsoDate) => vnInstant(on, actionHour).getTime();

/** Drafts and issues the unit's plan today; a unit with subordinates gives them their sub-plan deadline. */
export async function issuePlanOf(run: SimulationRun, code: string): Promise<void> {
  const today = vnDateOf(new Date(await scenarioNow(run)));
  const children = run.tree.childrenOf.get(code) ?? [];
  const isIssuer = code === run.scenario.plan.issuer;
  const { cascade } = run.scenario.plan;
  const subPlanDueOn = children.length === 0 ? null : isIssuer ? cascade.dueOn : addDays(today, cascade.lowerLevelDays);
  const handle = planHandle(run, code);
  const title = `Kế hoạch thực hiện công tác dân vận chính quyền năm ${run.scenario.year}`;
  const { version } = await handle.executeUpdate(saveDraftUpdate, {
    args: [{ actorId: `${code}:officer`, baseVersion: 0, title, content: simulatedContent(run.scenario.year) }],
  });
  await handle.executeUpdate(issuePlanUpdate, {
    args: [
      {
        actorId: `${code}:leader`,
        draftVersion: version,
        issue: simulatedIssue(today, subPlanDueOn, isIssuer ? (run.scenario.plan.focalUnit ?? null) : null),
      },
    ],
  });
  run.log(`${today} ${code} issues its plan${subPlanDueOn ? `; sub-plans due ${subPlanDueOn}` : ''}`);
  if (subPlanDueOn) await welcomeSubPlans(run, code, children);
}

async function welcomeSubPlans(run: SimulationRun, code: string, children: string[]): Promise<void> {
  const subPlans = await pollUntil(`the sub-plans of ${code}`, async () => {
    const progress = await planHandle(run, code).query(progressQuery);
    return progress.subPlans.length === children.length ? progress.subPlans : undefined;
  });
  for (const sub of subPlans) {
    run.planIdOf.set(sub.unitId, sub.planId);
    const progress = await pollUntil(`the plan of ${sub.unitId}`, () =>
      planHandle(run, sub.unitId).query(progressQuery),
    );
    scheduleUnit(run, progress, await scenarioNow(run));
  }
}

/** Puts the unit's scripted sub-plan and reports on the timeline; an action due before the unit's obligation exists happens at once. */
function scheduleUnit(run: SimulationRun, progress: PlanProgress, appearedAt: number): void {
  const { unitId: code, level } = progress;
  const behaviour = run.scenario.behaviour;
  const add = (on: IsoDate, describe: string, act: () => Promise<void>) => {
    const at = Math.max(actionTime(on), appearedAt);
    if (at > run.closesAt) run.log(`${on} ${code} skipped: "${describe}" falls after the plan year closes`);
    else run.timeline.add({ at, level, describe: `${code} ${describe}`, run: act });
  };
  const dueOn = vnDateOf(new Date(progress.dueAt!));
  noteDueOn(run, dueOn);
  const offset = subPlanOffset(behaviour, code);
  if (offset !== null) add(addDays(dueOn, offset), 'issues its sub-plan', () => issuePlanOf(run, code));
  const merger = run.scenario.mergers?.find((m) => m.unit === code);
  const mergedAt = merger ? Math.max(vnInstant(merger.on, 0).getTime(), appearedAt) : Infinity;
  if (merger) {
    run.timeline.add({
      at: mergedAt,
      level,
      describe: `${code} merges into ${merger.into}`,
      run: () => mergeUnit(run, code, merger.into, merger.on),
    });
  }
  for (const round of progress.rounds.filter((r) => r.owed)) {
    noteDueOn(run, round.dueOn);
    const plan = reportPlan(behaviour, code, round.key, run.specKeyOf.get(round.key)!);
    if (!plan) continue;
    const on = addDays(round.dueOn, plan.offsetDays);
    // Once merged, the unit owes no round falling due from the merger on; what it still owed passes to the successor.
    if (merger && round.dueOn >= merger.on && Math.max(actionTime(on), appearedAt) >= mergedAt) {
      run.log(`${on} ${code} skipped: "reports ${round.key}" is no longer owed after its merger into ${merger.into}`);
    } else {
      add(on, `reports ${round.key}`, () => submitReportOf(run, code, round.key, plan.values));
    }
  }
}

async function mergeUnit(run: SimulationRun, code: string, into: string, effectiveOn: IsoDate): Promise<void> {
  await planHandle(run, code).signal(handOverSignal, { successorUnitId: into, effectiveOn });
  run.log(`${effectiveOn} ${code} merges into ${into}`);
}

function noteDueOn(run: SimulationRun, dueOn: IsoDate): void {
  if (dueOn > run.latestDueOn) run.latestDueOn = dueOn;
}

async function submitReportOf(run: SimulationRun, code: string, roundKey: string, own: IndicatorValues): Promise<void> {
  const values = consolidatedValues(
    run.schedule.indicators,
    own,
    subordinateReports(run, code, roundKey).map((r) => r.values),
  );
  const { status } = await planHandle(run, code).executeUpdate(submitReportUpdate, {
    args: [{ actorId: `${code}:officer`, roundKey, values, narrative: 'Báo cáo (mô phỏng)', details: {} }],
  });
  run.log(
    `${vnDateOf(new Date(await scenarioNow(run)))} ${code} reports ${roundKey} (${status}) ${JSON.stringify(values)}`,
  );
}
