import { describe, expect, it } from 'vitest';
import { formatVnDay, toDate } from './dates';

describe('formatVnDay', () => {
  it('shows the Vietnamese calendar day of an instant, from a string or a Date', () => {
    expect(formatVnDay('2026-02-28T16:59:59.999Z')).toBe('28/02/2026');
    expect(formatVnDay(new Date('2026-02-28T17:00:00.000Z'))).toBe('01/03/2026');
  });

  it('shows a dash when there is no date', () => {
    expect(formatVnDay(null)).toBe('—');
    expect(toDate('not a date')).toBeNull();
  });
});
