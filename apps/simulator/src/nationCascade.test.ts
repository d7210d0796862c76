import { describe, expect, it } from 'vitest';
import type { HierarchyUnit, Scenario } from './scenarioSchema';
import { simulate } from './simulate';
import { useTimeSkippingEnv } from './testing/timeSkippingEnv';

const env = useTimeSkippingEnv();

const provinces = 34;
const communesPerProvince = 3;
const pad = (n: number) => String(n).padStart(2, '0');

/** Bộ Nội vụ → 34 provinces → 3 communes each: the national level above the 2-level model, generated. */
const nation: HierarchyUnit = {
  code: 'BNV',
  name: 'Bộ Nội vụ',
  kind: 'nation',
  children: Array.from({ length: provinces }, (_, p) => ({
    code: `T${pad(p + 1)}`,
    name: `Ủy ban nhân dân tỉnh số ${p + 1}`,
    kind: 'province' as const,
    children: Array.from({ length: communesPerProvince }, (_, c) => ({
      code: `T${pad(p + 1)}-X${c + 1}`,
      name: `Ủy ban nhân dân xã số ${c + 1} tỉnh số ${p + 1}`,
      kind: 'commune' as const,
    })),
  })),
};

const scenario: Scenario = {
  year: 2027,
  hierarchy: nation,
  plan: {
    issuer: 'BNV',
    issuedOn: '2027-01-15',
    cascade: { unitKinds: ['province', 'commune'], dueOn: '2027-02-26', lowerLevelDays: 15 },
    rounds: [{ key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2027-11-15', review: 'annual' }],
    leadDays: 5,
    workingDayAdjust: 'none',
    remindDaysBefore: [3],
    indicators: [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum', target: 100 }],
  },
  behaviour: {
    default: { subPlan: { offsetDays: -1 }, reports: { offsetDays: -1, values: { models: 1 } } },
    T07: { subPlan: { offsetDays: 2 } },
    'T07-X2': { reports: null },
  },
};

describe('a national plan cascades nation → provinces → communes', () => {
  it('every province and commune owes a sub-plan and a report, due by level with the lead days, summed up to the nation', async () => {
    const started = Date.now();
    const result = await simulate(scenario, { env: env() });
    console.log(
      `national cascade over ${1 + provinces * (1 + communesPerProvince)} units: ${(Date.now() - started) / 1000} s`,
    );
    const subPlans = result.obligations.filter((o) => o.kind === 'subPlan');
    expect(subPlans).toHaveLength(provinces * (1 + communesPerProvince));
    expect(subPlans.find((o) => o.unit === 'T01')).toMatchObject({ dueOn: '2027-02-26', status: 'onTime' });
    expect(subPlans.find((o) => o.unit === 'T01-X1')).toMatchObject({ dueOn: '2027-03-12', status: 'onTime' });
    // A commune's sub-plan is due 15 days after its province issues, so a late province moves its communes' date.
    expect(subPlans.find((o) => o.unit === 'T07-X2')).toMatchObject({ dueOn: '2027-03-15', status: 'onTime' });
    expect(subPlans.find((o) => o.unit === 'T07')).toMatchObject({ submittedOn: '2027-02-28', status: 'late' });
    expect(
      result.rounds.map(({ round, level, dueOn, expected, submitted, missing }) => ({
        round,
        level,
        dueOn,
        expected,
        submitted,
        missing,
      })),
    ).toEqual([
      { round: 'Y', level: 1, dueOn: '2027-11-15', expected: 34, submitted: 34, missing: 0 },
      { round: 'Y', level: 2, dueOn: '2027-11-10', expected: 102, submitted: 101, missing: 1 },
    ]);
    expect(result.rounds[0]!.indicators.models).toEqual({ value: 34 + 101, target: 100 });
    expect(result.obligations.find((o) => o.unit === 'T07-X2' && o.round === 'Y')?.status).toBe('overdue');
  }, 600_000);
});
