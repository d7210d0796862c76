import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { SimulationResult } from './simulationResult';
import { exampleScenario } from './testing/exampleScenario';
import { useTimeSkippingEnv } from './testing/timeSkippingEnv';

const env = useTimeSkippingEnv();

describe('a district merged into Sở Nội vụ on 1 July', () => {
  let result: SimulationResult;
  beforeAll(async () => {
    result = await simulate(
      { ...exampleScenario(), mergers: [{ unit: 'D1', into: 'SNV', on: '2024-07-01' }] },
      { env: env() },
    );
  });

  it('owes what fell due before the merger and nothing after', () => {
    expect(result.obligations.filter((o) => o.unit === 'D1').map((o) => [o.kind, o.round, o.status])).toEqual([
      ['subPlan', null, 'onTime'],
      ['report', 'H1', 'onTime'],
    ]);
    expect(result.reminders.filter((r) => r.unit === 'D1' && r.round === 'Y')).toEqual([]);
  });

  it('counts one unit fewer at level 1 from the merger on, and the same before', () => {
    const level1 = (round: string) => result.rounds.find((r) => r.round === round && r.level === 1)!;
    expect(level1('H1')).toMatchObject({ expected: 2, submitted: 2, completeness: 1 });
    expect(level1('Y')).toMatchObject({
      expected: 1,
      submitted: 1,
      onTime: 1,
      completeness: 1,
      indicators: { models: { value: 1, target: 2 } },
    });
    // The commune under the merged district still reports; its own obligations do not move.
    expect(result.rounds.find((r) => r.round === 'Y' && r.level === 2)).toMatchObject({ expected: 1, submitted: 1 });
  });
});
