import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  endOfVnDay,
  formatVnDate,
  isIsoDate,
  isoDateOf,
  vnDateOf,
  vnInstant,
} from './time';

describe('isIsoDate', () => {
  it('accepts real calendar days, including 29/02 of a leap year', () => {
    expect(isIsoDate('2024-05-10')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects days that do not exist and other spellings', () => {
    for (const text of ['2023-02-29', '2024-04-31', '2024-13-01', '2024-5-10', '10/05/2024', '2024-05-10T00:00', '']) {
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(isIsoDate(20240510)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-05-10', -5)).toBe('2024-05-05');
  });

  it('counts days from a to b', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2024-10-30', '2024-05-10')).toBe(-173);
  });

  it('builds dates with Date.UTC overflow: day 0 is the last day of the previous month', () => {
    expect(isoDateOf(2024, 3, 0)).toBe('2024-02-29');
    expect(isoDateOf(2024, 0, 15)).toBe('2023-12-15');
  });

  it('knows 10/05/2024 was a Friday and 05/05/2024 a Sunday', () => {
    expect(dayOfWeek('2024-05-10')).toBe(5);
    expect(dayOfWeek('2024-05-05')).toBe(0);
  });

  it('rejects a malformed date instead of computing with it', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('Vietnam time (fixed UTC+07:00)', () => {
  it('puts 17:00 UTC on the next calendar day in Vietnam', () => {
    expect(vnDateOf(new Date('2024-05-10T16:59:59.999Z'))).toBe('2024-05-10');
    expect(vnDateOf(new Date('2024-05-10T17:00:00.000Z'))).toBe('2024-05-11');
  });

  it('turns a Vietnamese wall-clock time into an instant', () => {
    expect(vnInstant('2024-05-10').toISOString()).toBe('2024-05-09T17:00:00.000Z');
    expect(vnInstant('2024-05-10', 8, 30).toISOString()).toBe('2024-05-10T01:30:00.000Z');
  });

  it('ends the due day 30/10/2024 at 23:59:59.999 Vietnam time', () => {
    expect(endOfVnDay('2024-10-30').toISOString()).toBe('2024-10-30T16:59:59.999Z');
  });
});

describe('formatVnDate', () => {
  it('writes dd/mm/yyyy with leading zeros', () => {
    expect(formatVnDate('2024-05-10')).toBe('10/05/2024');
    expect(formatVnDate('2024-12-15')).toBe('15/12/2024');
  });
});
