import { scenarioBaseDir } from './env';
import { readScenario } from './readScenario';
import { ScenarioError } from './scenarioError';
import type { Scenario } from './scenarioSchema';
import { simulate } from './simulate';

const usage = 'usage: npm run simulate -- <scenario.json>';

function loadScenario(args: string[]): Scenario | undefined {
  if (args.length !== 1) {
    process.stderr.write(`${usage}\n`);
    return undefined;
  }
  try {
    return readScenario(args[0]!, scenarioBaseDir());
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    process.stderr.write(`invalid scenario: ${error.message}\n`);
    return undefined;
  }
}

// process.exit may cut off a stdout pipe that is still draining, so the write is awaited first.
const print = (text: string) =>
  new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

async function main(args: string[]): Promise<number> {
  const scenario = loadScenario(args);
  if (!scenario) return 2;
  const result = await simulate(scenario, { log: (line) => process.stderr.write(`[simulate] ${line}\n`) });
  await print(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`simulation failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
