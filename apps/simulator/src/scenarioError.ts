/** A scenario the simulator cannot run; `path` names the field the way the JSON file spells it. */
export class ScenarioError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ScenarioError';
  }
}

/** `['plan', 'rounds', 0, 'period']` → `plan.rounds[0].period`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((text, key) => {
      if (typeof key === 'number') return `${text}[${key}]`;
      return text ? `${text}.${String(key)}` : String(key);
    }, '') || '(scenario)'
  );
}
