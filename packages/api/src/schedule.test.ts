import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '@cascade/db';
import { buildSchedule } from './schedule';

const definition = {
  cascade: {},
  lowerLevelDays: 30,
  leadDays: 5,
  workingDayAdjust: 'none',
  remindDaysBefore: [],
  indicators: [],
  daysOff: [],
  workingDays: [],
  rounds: [
    { key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '10-30' },
    {
      key: 'Q',
      label: 'Báo cáo riêng',
      period: 'year',
      dueMonthDay: '10-30',
      cutoffMonthDays: { from: '10-01', to: '10-20', fromPreviousYear: true },
    },
  ],
} as unknown as TemplateDefinition;

describe('a plan year’s schedule', () => {
  it('takes the Decree’s cut-off fitted to the due date, or the period the template sets', () => {
    const [decree, own] = buildSchedule(definition, 2027).rounds;
    expect(decree?.cutoff).toEqual({ from: '2026-12-15', to: '2027-10-14' });
    expect(own?.cutoff).toEqual({ from: '2026-10-01', to: '2027-10-20' });
  });
});
