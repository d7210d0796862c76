import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenarioSchema';
import { simulate } from './simulate';
import type { RoundOutcome, SimulationResult } from './simulationResult';
import { useTimeSkippingEnv } from './testing/timeSkippingEnv';

const env = useTimeSkippingEnv();

const plan2024 = {
  issuedOn: '2024-02-01',
  rounds: [
    { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueOn: '2024-05-10', review: 'midYear' },
    { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-10-30', review: 'annual' },
  ],
  leadDays: 5,
  workingDayAdjust: 'none',
  remindDaysBefore: [3, 1],
  indicators: [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum', target: 4 }],
} satisfies Partial<Scenario['plan']>;

const threeLevel: Scenario = {
  year: 2024,
  hierarchy: {
    code: 'HD',
    name: 'Ủy ban nhân dân tỉnh Hải Dương',
    kind: 'province',
    children: [
      {
        code: 'THANH-HA',
        name: 'Ủy ban nhân dân huyện Thanh Hà',
        kind: 'district',
        children: [
          { code: 'TAN-VIET', name: 'Ủy ban nhân dân xã Tân Việt', kind: 'commune' },
          { code: 'THANH-HONG', name: 'Ủy ban nhân dân xã Thanh Hồng', kind: 'commune' },
        ],
      },
      {
        code: 'NAM-SACH',
        name: 'Ủy ban nhân dân huyện Nam Sách',
        kind: 'district',
        children: [{ code: 'NAM-HONG', name: 'Ủy ban nhân dân xã Nam Hồng', kind: 'commune' }],
      },
      { code: 'HD-MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh Hải Dương', kind: 'organization' },
    ],
  },
  plan: {
    ...plan2024,
    issuer: 'HD',
    cascade: { unitKinds: ['district', 'commune'], dueOn: '2024-02-29', lowerLevelDays: 10 },
  },
  behaviour: {
    default: { subPlan: { offsetDays: -2 }, reports: { offsetDays: -1, values: { models: 1 } } },
    'NAM-SACH': { subPlan: null, reports: { H1: { offsetDays: 3 }, Y: null } },
    'TAN-VIET': { reports: { H1: { offsetDays: 1 } } },
    'THANH-HONG': { reports: null },
  },
};

const twoLevel: Scenario = {
  year: 2024,
  hierarchy: {
    code: 'GL',
    name: 'Ủy ban nhân dân tỉnh Gia Lai',
    kind: 'province',
    children: [
      { code: 'GL-SNV', name: 'Sở Nội vụ', kind: 'department' },
      { code: 'PLEIKU', name: 'Ủy ban nhân dân phường Pleiku', kind: 'commune' },
      { code: 'IA-GRAI', name: 'Ủy ban nhân dân xã Ia Grai', kind: 'commune' },
    ],
  },
  plan: {
    ...plan2024,
    issuer: 'GL',
    cascade: { unitKinds: ['department', 'commune'], dueOn: '2024-02-29', lowerLevelDays: 15 },
  },
  behaviour: {
    default: { reports: { offsetDays: -1, values: { models: 1 } } },
    PLEIKU: { subPlan: { offsetDays: 1 }, reports: { offsetDays: 2, values: { models: 2 } } },
    'IA-GRAI': null,
  },
};

const stats = (rounds: RoundOutcome[]) =>
  rounds.map(({ indicators, dueOn: _dueOn, ...counts }) => ({ ...counts, models: indicators.models!.value }));
const statusOf = (result: SimulationResult, unit: string, round: string | null) =>
  result.obligations.find((o) => o.unit === unit && o.round === round)?.status;

describe('3-level cascade: province → district → commune', () => {
  it('counts late and missing reports at every level; a district that never issues leaves its communes out', async () => {
    const result = await simulate(threeLevel, { env: env() });
    expect([...new Set(result.obligations.map((o) => o.unit))]).toEqual([
      'THANH-HA',
      'TAN-VIET',
      'THANH-HONG',
      'NAM-SACH',
    ]);
    expect(result.obligations.filter((o) => o.kind === 'subPlan')).toEqual([
      {
        unit: 'THANH-HA',
        kind: 'subPlan',
        round: null,
        dueOn: '2024-02-29',
        submittedOn: '2024-02-27',
        status: 'onTime',
      },
      {
        unit: 'TAN-VIET',
        kind: 'subPlan',
        round: null,
        dueOn: '2024-03-08',
        submittedOn: '2024-03-06',
        status: 'onTime',
      },
      {
        unit: 'THANH-HONG',
        kind: 'subPlan',
        round: null,
        dueOn: '2024-03-08',
        submittedOn: '2024-03-06',
        status: 'onTime',
      },
      { unit: 'NAM-SACH', kind: 'subPlan', round: null, dueOn: '2024-02-29', submittedOn: null, status: 'overdue' },
    ]);
    expect(statusOf(result, 'TAN-VIET', 'H1')).toBe('late');
    expect(statusOf(result, 'THANH-HONG', 'Y')).toBe('overdue');
    expect(stats(result.rounds)).toEqual([
      // THANH-HA: its own 1 + TAN-VIET's late 1; NAM-SACH: 1, late.
      {
        round: 'H1',
        level: 1,
        expected: 2,
        submitted: 2,
        onTime: 1,
        late: 1,
        missing: 0,
        completeness: 1,
        timeliness: 0.5,
        models: 3,
      },
      {
        round: 'H1',
        level: 2,
        expected: 2,
        submitted: 1,
        onTime: 0,
        late: 1,
        missing: 1,
        completeness: 0.5,
        timeliness: 0,
        models: 1,
      },
      {
        round: 'Y',
        level: 1,
        expected: 2,
        submitted: 1,
        onTime: 1,
        late: 0,
        missing: 1,
        completeness: 0.5,
        timeliness: 0.5,
        models: 2,
      },
      {
        round: 'Y',
        level: 2,
        expected: 2,
        submitted: 1,
        onTime: 1,
        late: 0,
        missing: 1,
        completeness: 0.5,
        timeliness: 0.5,
        models: 1,
      },
    ]);
    expect(result.rounds.map((r) => r.dueOn)).toEqual(['2024-05-10', '2024-05-05', '2024-10-30', '2024-10-25']);
    // The commune that never reports is reminded before every round; nothing reminds NAM-HONG, which owes nothing.
    expect(result.reminders.filter((r) => r.unit === 'THANH-HONG' && r.round !== null).map((r) => r.on)).toEqual([
      '2024-05-02',
      '2024-05-04',
      '2024-10-22',
      '2024-10-24',
    ]);
    expect(result.reminders.some((r) => r.unit === 'NAM-HONG')).toBe(false);
  });
});

describe('2-level cascade: province → departments and communes', () => {
  it('a late unit and one that never acts, with completeness and timeliness over the three', async () => {
    const result = await simulate(twoLevel, { env: env() });
    expect(
      result.obligations
        .filter((o) => o.unit === 'PLEIKU')
        .map(({ round, submittedOn, status }) => ({ round, submittedOn, status })),
    ).toEqual([
      { round: null, submittedOn: '2024-03-01', status: 'late' },
      { round: 'H1', submittedOn: '2024-05-12', status: 'late' },
      { round: 'Y', submittedOn: '2024-11-01', status: 'late' },
    ]);
    expect(result.obligations.filter((o) => o.unit === 'IA-GRAI').map((o) => o.status)).toEqual([
      'overdue',
      'overdue',
      'overdue',
    ]);
    const third = 1 / 3;
    expect(stats(result.rounds)).toEqual([
      {
        round: 'H1',
        level: 1,
        expected: 3,
        submitted: 2,
        onTime: 1,
        late: 1,
        missing: 1,
        completeness: 2 * third,
        timeliness: third,
        models: 3,
      },
      {
        round: 'Y',
        level: 1,
        expected: 3,
        submitted: 2,
        onTime: 1,
        late: 1,
        missing: 1,
        completeness: 2 * third,
        timeliness: third,
        models: 3,
      },
    ]);
    expect(result.reminders.filter((r) => r.unit === 'IA-GRAI').map((r) => `${r.round ?? 'subPlan'} ${r.on}`)).toEqual([
      'subPlan 2024-02-26',
      'subPlan 2024-02-28',
      'H1 2024-05-07',
      'H1 2024-05-09',
      'Y 2024-10-27',
      'Y 2024-10-29',
    ]);
  });
});

describe('the last day of the plan year', () => {
  it('a report due on 31/12 and never sent is overdue when the year closes', async () => {
    const scenario: Scenario = {
      ...threeLevel,
      plan: {
        ...threeLevel.plan,
        rounds: [{ key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-12-31', review: 'annual' }],
      },
      behaviour: { default: { reports: { offsetDays: -1 } }, 'NAM-SACH': { reports: { offsetDays: 1 } } },
    };
    const result = await simulate(scenario, { env: env() });
    expect(result.obligations.filter((o) => o.round === 'Y' && o.unit === 'NAM-SACH')).toEqual([
      // Acting on 01/01 would fall after the year closed, so it never happens.
      { unit: 'NAM-SACH', kind: 'report', round: 'Y', dueOn: '2024-12-31', submittedOn: null, status: 'overdue' },
    ]);
    expect(result.rounds.find((r) => r.level === 1)).toMatchObject({ expected: 2, submitted: 1, missing: 1 });
    expect(result.reminders.filter((r) => r.unit === 'NAM-SACH' && r.round === 'Y').map((r) => r.on)).toEqual([
      '2024-12-28',
      '2024-12-30',
    ]);
  });
});
