import type { CascadeTree } from './cascadeTree';
import { ScenarioError } from './scenarioError';
import type { Scenario } from './scenarioSchema';

/** A merger names two different units that owe sub-plans, a date in the plan year, and each unit merges once. */
export function checkMergers({ year, plan, mergers = [] }: Scenario, tree: CascadeTree): void {
  const merged = new Set<string>();
  mergers.forEach(({ unit, into, on }, i) => {
    const path = `mergers[${i}]`;
    for (const [field, code] of [
      ['unit', unit],
      ['into', into],
    ] as const) {
      if (code === plan.issuer) throw new ScenarioError(`${path}.${field}`, 'is the issuer, which owes nothing');
      if (!tree.levelOf.has(code))
        throw new ScenarioError(
          `${path}.${field}`,
          `"${code}" owes nothing: it is not reached from ${plan.issuer} through plan.cascade.unitKinds`,
        );
    }
    if (unit === into) throw new ScenarioError(`${path}.into`, 'a unit cannot be merged into itself');
    if (merged.has(unit)) throw new ScenarioError(`${path}.unit`, `"${unit}" is already merged by an earlier entry`);
    if (!on.startsWith(`${year}-`)) throw new ScenarioError(`${path}.on`, `is outside the plan year ${year}`);
    merged.add(unit);
  });
}
