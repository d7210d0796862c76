import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { SimulationResult } from './simulationResult';
import { exampleScenario } from './testing/exampleScenario';
import { useTimeSkippingEnv } from './testing/timeSkippingEnv';

const env = useTimeSkippingEnv();

describe('the Gia Lai example: 6-month report before 10/5, annual before 30/10', () => {
  let result: SimulationResult;
  beforeAll(async () => {
    result = await simulate(exampleScenario(), { env: env() });
  });

  it('lists every obligation with its due date, day done and status', () => {
    expect(result.obligations).toEqual([
      { unit: 'SNV', kind: 'subPlan', round: null, dueOn: '2024-02-29', submittedOn: '2024-02-27', status: 'onTime' },
      { unit: 'SNV', kind: 'report', round: 'H1', dueOn: '2024-05-10', submittedOn: '2024-05-09', status: 'onTime' },
      { unit: 'SNV', kind: 'report', round: 'Y', dueOn: '2024-10-30', submittedOn: '2024-10-29', status: 'onTime' },
      { unit: 'D1', kind: 'subPlan', round: null, dueOn: '2024-02-29', submittedOn: '2024-02-27', status: 'onTime' },
      { unit: 'D1', kind: 'report', round: 'H1', dueOn: '2024-05-10', submittedOn: '2024-05-09', status: 'onTime' },
      { unit: 'D1', kind: 'report', round: 'Y', dueOn: '2024-10-30', submittedOn: '2024-10-29', status: 'onTime' },
      // D1 issued on 27/02, so C1's sub-plan is due 15 days later; C1 acts 3 days after that.
      { unit: 'C1', kind: 'subPlan', round: null, dueOn: '2024-03-13', submittedOn: '2024-03-16', status: 'late' },
      // Level 2 reports 5 days before level 1.
      { unit: 'C1', kind: 'report', round: 'H1', dueOn: '2024-05-05', submittedOn: null, status: 'overdue' },
      { unit: 'C1', kind: 'report', round: 'Y', dueOn: '2024-10-25', submittedOn: '2024-10-24', status: 'onTime' },
    ]);
  });

  it('reminds 3 and 1 days before each due date, only units that have not acted by 08:00', () => {
    expect(result.reminders).toEqual([
      // Units acting on 27/02 miss the 28/02 reminder: they issued the day before.
      { unit: 'SNV', round: null, on: '2024-02-26' },
      { unit: 'D1', round: null, on: '2024-02-26' },
      { unit: 'C1', round: null, on: '2024-03-10' },
      { unit: 'C1', round: null, on: '2024-03-12' },
      { unit: 'C1', round: 'H1', on: '2024-05-02' },
      { unit: 'C1', round: 'H1', on: '2024-05-04' },
      { unit: 'SNV', round: 'H1', on: '2024-05-07' },
      { unit: 'D1', round: 'H1', on: '2024-05-07' },
      // Reports go out at 10:00, after the 08:00 reminder of the same day.
      { unit: 'SNV', round: 'H1', on: '2024-05-09' },
      { unit: 'D1', round: 'H1', on: '2024-05-09' },
      { unit: 'C1', round: 'Y', on: '2024-10-22' },
      { unit: 'C1', round: 'Y', on: '2024-10-24' },
      { unit: 'SNV', round: 'Y', on: '2024-10-27' },
      { unit: 'D1', round: 'Y', on: '2024-10-27' },
      { unit: 'SNV', round: 'Y', on: '2024-10-29' },
      { unit: 'D1', round: 'Y', on: '2024-10-29' },
    ]);
  });

  it('gives completeness, timeliness and indicators against target per round and level', () => {
    const complete = { late: 0, missing: 0, completeness: 1, timeliness: 1 };
    expect(result.rounds).toEqual([
      // D1 reports its own 1 only: C1 never reported H1.
      {
        round: 'H1',
        level: 1,
        dueOn: '2024-05-10',
        expected: 2,
        submitted: 2,
        onTime: 2,
        ...complete,
        indicators: { models: { value: 2, target: 2 } },
      },
      {
        round: 'H1',
        level: 2,
        dueOn: '2024-05-05',
        expected: 1,
        submitted: 0,
        onTime: 0,
        late: 0,
        missing: 1,
        completeness: 0,
        timeliness: 0,
        indicators: { models: { value: null, target: 2 } },
      },
      // D1 reports its own 1 plus C1's 1.
      {
        round: 'Y',
        level: 1,
        dueOn: '2024-10-30',
        expected: 2,
        submitted: 2,
        onTime: 2,
        ...complete,
        indicators: { models: { value: 3, target: 2 } },
      },
      {
        round: 'Y',
        level: 2,
        dueOn: '2024-10-25',
        expected: 1,
        submitted: 1,
        onTime: 1,
        ...complete,
        indicators: { models: { value: 1, target: 2 } },
      },
    ]);
  });
});
