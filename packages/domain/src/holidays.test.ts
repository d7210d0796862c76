import { describe, expect, it } from 'vitest';
import { levelDueOn } from './dueDates';
import { isPublicHoliday, publicHolidaysOf, vietnamCalendar } from './holidays';
import { adjustToWorkingDay } from './workingCalendar';

describe('publicHolidaysOf', () => {
  it('holds the fixed public holidays of 2024: 01/01, 30/04, 01/05, 02/09', () => {
    for (const date of ['2024-01-01', '2024-04-30', '2024-05-01', '2024-09-02'])
      expect(isPublicHoliday(date), date).toBe(true);
  });

  it('computes the lunar days: Tết 10/02/2024, Hùng Kings 18/04/2024', () => {
    expect(isPublicHoliday('2024-02-10')).toBe(true);
    expect(isPublicHoliday('2024-04-18')).toBe(true);
  });

  it('gives Tết 2024 five days, from New Year’s Eve 09/02 to 13/02', () => {
    const tet = [...publicHolidaysOf(2024)].filter((date) => date.startsWith('2024-02'));
    expect(tet).toEqual(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13']);
  });

  it('follows the lunar calendar into 2025 and 2026: Tết 29/01/2025 and 17/02/2026, Hùng Kings 07/04/2025 and 26/04/2026', () => {
    for (const date of ['2025-01-29', '2025-04-07', '2026-02-17', '2026-04-26'])
      expect(isPublicHoliday(date), date).toBe(true);
  });

  it('leaves out observances such as 08/03 and 20/11', () => {
    expect(isPublicHoliday('2024-03-08')).toBe(false);
    expect(isPublicHoliday('2024-11-20')).toBe(false);
  });
});

describe('vietnamCalendar', () => {
  const calendar = vietnamCalendar();

  it('has weekends and public holidays off, ordinary weekdays on', () => {
    expect(calendar.isDayOff('2024-05-04')).toBe(true);
    expect(calendar.isDayOff('2024-04-18')).toBe(true);
    expect(calendar.isDayOff('2024-05-10')).toBe(false);
  });

  it('moves a due date on Hùng Kings’ day 18/04/2024 to 17/04 or 19/04', () => {
    expect(adjustToWorkingDay('2024-04-18', 'previous', calendar)).toBe('2024-04-17');
    expect(adjustToWorkingDay('2024-04-18', 'next', calendar)).toBe('2024-04-19');
  });

  it('moves a due date in Tết 2024 past the whole break: 12/02 becomes 08/02 or 14/02', () => {
    expect(adjustToWorkingDay('2024-02-12', 'previous', calendar)).toBe('2024-02-08');
    expect(adjustToWorkingDay('2024-02-12', 'next', calendar)).toBe('2024-02-14');
  });

  it('takes the administrator’s days off and make-up Saturdays (30/4–1/5/2024: 29/04 off, Saturday 04/05 worked)', () => {
    const adjusted = vietnamCalendar({ daysOff: ['2024-04-29'], workingDays: ['2024-05-04'] });
    expect(adjusted.isDayOff('2024-04-29')).toBe(true);
    expect(adjusted.isDayOff('2024-05-04')).toBe(false);
    expect(adjustToWorkingDay('2024-04-30', 'previous', adjusted)).toBe('2024-04-26');
    expect(adjustToWorkingDay('2024-04-30', 'next', adjusted)).toBe('2024-05-02');
    expect(adjustToWorkingDay('2024-05-05', 'previous', adjusted)).toBe('2024-05-04');
  });

  it('steps a commune past 01/05/2024 under Gia Lai’s 6-month round due 10/05: level 3 is due 02/05', () => {
    expect(levelDueOn('2024-05-10', 3, 5, 'next', calendar)).toBe('2024-05-02');
  });
});
