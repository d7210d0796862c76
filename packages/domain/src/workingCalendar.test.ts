import { describe, expect, it } from 'vitest';
import { adjustToWorkingDay, weekendCalendar } from './workingCalendar';

describe('weekendCalendar', () => {
  it('has Saturdays and Sundays off and nothing else, not even 30/04', () => {
    expect(weekendCalendar.isDayOff('2024-05-04')).toBe(true);
    expect(weekendCalendar.isDayOff('2024-05-05')).toBe(true);
    expect(weekendCalendar.isDayOff('2024-04-30')).toBe(false);
  });
});

describe('adjustToWorkingDay', () => {
  it('moves Sunday 05/05/2024 to Friday 03/05 or Monday 06/05', () => {
    expect(adjustToWorkingDay('2024-05-05', 'previous')).toBe('2024-05-03');
    expect(adjustToWorkingDay('2024-05-05', 'next')).toBe('2024-05-06');
  });

  it('leaves a working day, or any day with "none", where it is', () => {
    expect(adjustToWorkingDay('2024-05-10', 'previous')).toBe('2024-05-10');
    expect(adjustToWorkingDay('2024-05-05', 'none')).toBe('2024-05-05');
  });

  it('uses the calendar it is given', () => {
    const tetBreak = { isDayOff: (date: string) => date >= '2024-02-08' && date <= '2024-02-14' };
    expect(adjustToWorkingDay('2024-02-12', 'next', tetBreak)).toBe('2024-02-15');
  });

  it('gives up on a calendar with no working day in sight', () => {
    expect(() => adjustToWorkingDay('2024-05-05', 'next', { isDayOff: () => true })).toThrow(RangeError);
  });
});
