import { describe, expect, it } from 'vitest';
import { planScheduleOf, quarterReportedIn } from './schedule';
import { exampleScenario } from './testing/exampleScenario';

describe('quarterReportedIn', () => {
  it('is the quarter ending in the due month, else the one just ended', () => {
    expect(['2026-03-10', '2026-06-10', '2026-09-10', '2026-12-10'].map(quarterReportedIn)).toEqual([1, 2, 3, 4]);
    expect(['2026-04-10', '2026-05-31', '2026-10-05', '2027-01-10', '2027-02-10'].map(quarterReportedIn)).toEqual([
      1, 1, 3, 4, 4,
    ]);
  });
});

describe('planScheduleOf', () => {
  it('gives each round its due date per level, leadDays apart', () => {
    const schedule = planScheduleOf(exampleScenario(), 3);
    expect(schedule.rounds.map((r) => [r.key, r.dueOnByLevel])).toEqual([
      ['H1', ['2024-05-10', '2024-05-05', '2024-04-30']],
      ['Y', ['2024-10-30', '2024-10-25', '2024-10-20']],
    ]);
    expect(schedule.indicators).toEqual([
      { key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum', target: 2 },
    ]);
  });

  it('moves due dates off weekends and Vietnamese holidays when the template says so', () => {
    const scenario = exampleScenario();
    scenario.plan.workingDayAdjust = 'previous';
    scenario.plan.rounds[0]!.dueOn = '2024-05-06';
    // Level 2 falls on 01/05, a holiday after another (30/04); level 3 counts back from the moved date.
    expect(planScheduleOf(scenario, 3).rounds[0]!.dueOnByLevel).toEqual(['2024-05-06', '2024-04-29', '2024-04-24']);
    // 30/10 - 5 = 25/10, a Friday: nothing moves.
    expect(planScheduleOf(scenario, 2).rounds[1]!.dueOnByLevel).toEqual(['2024-10-30', '2024-10-25']);
  });

  it('expands a monthly round into twelve and infers a quarter from its due month', () => {
    const scenario = exampleScenario();
    scenario.plan.rounds = [
      { key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 15 },
      { key: 'Q1', label: 'Báo cáo quý I', period: 'quarter', dueOn: '2024-03-10' },
    ];
    const rounds = planScheduleOf(scenario, 1).rounds;
    expect(rounds.map((r) => r.key)).toEqual([
      'M-01',
      'M-02',
      'Q1',
      'M-03',
      'M-04',
      'M-05',
      'M-06',
      'M-07',
      'M-08',
      'M-09',
      'M-10',
      'M-11',
      'M-12',
    ]);
    // Due 10/03, before the Decree's quarter closes on 14/03: the round reports up to 14/02.
    expect(rounds.find((r) => r.key === 'Q1')!.cutoff).toEqual({ from: '2023-12-15', to: '2024-02-14' });
  });
});
