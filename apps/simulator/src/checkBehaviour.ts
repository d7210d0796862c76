import { baseReportFields, roundOverride } from './behaviour';
import { allCodes, type CascadeTree } from './cascadeTree';
import { ScenarioError } from './scenarioError';
import { roundsOf } from './schedule';
import type { ReportsBehaviour, Scenario } from './scenarioSchema';

function checkValues(values: Record<string, unknown> | undefined, path: string, indicatorKeys: string[]): void {
  const unknown = Object.keys(values ?? {}).find((key) => !indicatorKeys.includes(key));
  if (unknown) throw new ScenarioError(`${path}.values.${unknown}`, `no indicator "${unknown}" in plan.indicators`);
}

function checkReports(reports: ReportsBehaviour, path: string, roundKeys: Set<string>, indicatorKeys: string[]): void {
  checkValues(reports.values, path, indicatorKeys);
  for (const key of Object.keys(reports)) {
    if ((baseReportFields as readonly string[]).includes(key)) continue;
    if (!roundKeys.has(key)) throw new ScenarioError(`${path}.${key}`, `no report round "${key}" in plan.rounds`);
    checkValues(roundOverride(reports, key)?.values, `${path}.${key}`, indicatorKeys);
  }
}

/** Behaviour may only speak of units that owe a sub-plan, of rounds the plan has and of its indicators. */
export function checkBehaviour(scenario: Scenario, tree: CascadeTree): void {
  const roundKeys = new Set(roundsOf(scenario).flatMap(({ round, specKey }) => [round.key, specKey]));
  const indicatorKeys = scenario.plan.indicators.map((i) => i.key);
  const hierarchyCodes = allCodes(scenario.hierarchy);
  for (const [code, entry] of Object.entries(scenario.behaviour ?? {})) {
    const path = `behaviour.${code}`;
    if (code === scenario.plan.issuer) throw new ScenarioError(path, 'is the issuer, which owes nothing');
    if (code !== 'default' && !hierarchyCodes.includes(code))
      throw new ScenarioError(path, `no unit with code "${code}" in the hierarchy`);
    if (code !== 'default' && !tree.levelOf.has(code)) {
      throw new ScenarioError(
        path,
        `"${code}" owes nothing: it is not reached from ${scenario.plan.issuer} through plan.cascade.unitKinds`,
      );
    }
    if (entry?.reports) checkReports(entry.reports, `${path}.reports`, roundKeys, indicatorKeys);
  }
}
