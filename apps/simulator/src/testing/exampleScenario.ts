import type { Scenario } from '../scenarioSchema';

/** The example of the simulator's issue: Gia Lai's 2024 schedule over a small 3-level tree. */
export function exampleScenario(): Scenario {
  return {
    year: 2024,
    hierarchy: {
      code: 'P',
      name: 'Tỉnh X',
      kind: 'province',
      children: [
        { code: 'SNV', name: 'Sở Nội vụ', kind: 'department' },
        { code: 'D1', name: 'Huyện Y', kind: 'district', children: [{ code: 'C1', name: 'Xã Z', kind: 'commune' }] },
      ],
    },
    plan: {
      issuer: 'P',
      issuedOn: '2024-01-31',
      focalUnit: 'SNV',
      cascade: { unitKinds: ['department', 'district', 'commune'], dueOn: '2024-02-29', lowerLevelDays: 15 },
      rounds: [
        { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueOn: '2024-05-10', review: 'midYear' },
        { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-10-30', review: 'annual' },
      ],
      leadDays: 5,
      workingDayAdjust: 'none',
      remindDaysBefore: [3, 1],
      indicators: [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum', target: 2 }],
    },
    behaviour: {
      default: { subPlan: { offsetDays: -2 }, reports: { offsetDays: -1, values: { models: 1 } } },
      C1: { subPlan: { offsetDays: 3 }, reports: { H1: null } },
    },
  };
}
