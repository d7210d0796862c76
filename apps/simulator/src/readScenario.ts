import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ScenarioError } from './scenarioError';
import type { Scenario } from './scenarioSchema';
import { validateScenario } from './validateScenario';

/** `path` is relative to where the user ran the command: pnpm runs the script from apps/simulator but sets INIT_CWD. */
export function readScenario(path: string, cwd: string): Scenario {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScenarioError(
      file,
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(file, `not valid JSON: ${(error as Error).message}`);
  }
  return validateScenario(json);
}
