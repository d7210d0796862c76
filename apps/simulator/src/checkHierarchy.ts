import { allCodes, cascadeTreeOf, findUnit } from './cascadeTree';
import { ScenarioError } from './scenarioError';
import type { Scenario } from './scenarioSchema';

export function checkHierarchy({ year, hierarchy, plan }: Scenario): void {
  const codes = allCodes(hierarchy);
  const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
  if (duplicate) throw new ScenarioError('hierarchy', `two units share the code "${duplicate}"`);
  if (codes.includes('default'))
    throw new ScenarioError('hierarchy', 'the code "default" is reserved for behaviour.default');
  const issuer = findUnit(hierarchy, plan.issuer);
  if (!issuer) throw new ScenarioError('plan.issuer', `no unit with code "${plan.issuer}" in the hierarchy`);
  if (plan.focalUnit && !codes.includes(plan.focalUnit)) {
    throw new ScenarioError('plan.focalUnit', `no unit with code "${plan.focalUnit}" in the hierarchy`);
  }
  if (cascadeTreeOf(issuer, plan.cascade.unitKinds).depth === 0) {
    throw new ScenarioError(
      'plan.cascade.unitKinds',
      `no unit directly under "${plan.issuer}" is of a listed kind, so nothing cascades`,
    );
  }
  if (plan.issuedOn > `${year}-12-31`) throw new ScenarioError('plan.issuedOn', `is after the plan year ${year} ends`);
  if (plan.cascade.dueOn > `${year}-12-31`)
    throw new ScenarioError('plan.cascade.dueOn', `is after the plan year ${year} ends`);
  if (plan.cascade.dueOn < plan.issuedOn)
    throw new ScenarioError('plan.cascade.dueOn', `is before plan.issuedOn (${plan.issuedOn})`);
}
