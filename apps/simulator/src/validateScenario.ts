import { cascadeTreeOf, findUnit } from './cascadeTree';
import { checkBehaviour } from './checkBehaviour';
import { checkHierarchy } from './checkHierarchy';
import { checkMergers } from './checkMergers';
import { checkRounds } from './checkRounds';
import { firstIssueError, scenarioErrorMap } from './firstIssue';
import { ScenarioError } from './scenarioError';
import { type Scenario, scenarioSchema } from './scenarioSchema';

/** The scenario, or a ScenarioError naming the first field that is wrong. */
export function validateScenario(json: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(json, { error: scenarioErrorMap });
  if (!parsed.success) throw firstIssueError(parsed.error);
  const scenario = parsed.data;
  checkHierarchy(scenario);
  checkRounds(scenario);
  const indicatorKeys = scenario.plan.indicators.map((i) => i.key);
  const duplicate = indicatorKeys.find((key, i) => indicatorKeys.indexOf(key) !== i);
  if (duplicate)
    throw new ScenarioError(
      `plan.indicators[${indicatorKeys.lastIndexOf(duplicate)}].key`,
      `two indicators share the key "${duplicate}"`,
    );
  const tree = cascadeTreeOf(findUnit(scenario.hierarchy, scenario.plan.issuer)!, scenario.plan.cascade.unitKinds);
  checkBehaviour(scenario, tree);
  checkMergers(scenario, tree);
  return scenario;
}
