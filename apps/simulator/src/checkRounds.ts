import { baseReportFields } from './behaviour';
import { ScenarioError } from './scenarioError';
import { roundsOf } from './schedule';
import type { RoundSpecInput, Scenario } from './scenarioSchema';

const indexCount = { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 } as const;

function checkRound(round: RoundSpecInput, year: number, path: string): void {
  if ((baseReportFields as readonly string[]).includes(round.key))
    throw new ScenarioError(`${path}.key`, `"${round.key}" is reserved in behaviour`);
  if (round.every) {
    if (round.period !== 'month')
      throw new ScenarioError(`${path}.period`, 'a round with "every": "month" must have period "month"');
    if (round.dueDay === undefined)
      throw new ScenarioError(`${path}.dueDay`, 'a round with "every": "month" needs a dueDay from 1 to 31');
    if (round.dueOn !== undefined)
      throw new ScenarioError(`${path}.dueOn`, 'a monthly round falls due on dueDay; leave dueOn out');
    return;
  }
  if (round.dueOn === undefined) throw new ScenarioError(`${path}.dueOn`, 'a single round needs a due date');
  if (round.dueDay !== undefined)
    throw new ScenarioError(`${path}.dueDay`, 'only a round with "every": "month" has a dueDay');
  if (round.dueOn.slice(0, 4) !== String(year))
    throw new ScenarioError(`${path}.dueOn`, `is outside the plan year ${year}`);
  if (round.period === 'month' && round.index === undefined)
    throw new ScenarioError(`${path}.index`, 'a single monthly round needs the month it reports on (1–12)');
  if (round.index !== undefined && round.index > indexCount[round.period]) {
    throw new ScenarioError(`${path}.index`, `a ${round.period} round has periods 1 to ${indexCount[round.period]}`);
  }
}

export function checkRounds(scenario: Scenario): void {
  scenario.plan.rounds.forEach((round, i) => checkRound(round, scenario.year, `plan.rounds[${i}]`));
  try {
    roundsOf(scenario);
  } catch (error) {
    throw new ScenarioError('plan.rounds', (error as Error).message);
  }
}
