import { describe, expect, it } from 'vitest';
import { isSubmittedOnTime, issuerDueOn, levelDueOn, reminderDates } from './dueDates';

describe('levelDueOn', () => {
  it('binds the template date to level 1 and steps 5 calendar days down per level: 10/05, 05/05, 30/04/2024', () => {
    expect(levelDueOn('2024-05-10', 1)).toBe('2024-05-10');
    expect(levelDueOn('2024-05-10', 2)).toBe('2024-05-05');
    expect(levelDueOn('2024-05-10', 3)).toBe('2024-04-30');
  });

  it('takes another lead time: Gia Lai annual 30/10/2024 with 3 days gives 27/10 and 24/10', () => {
    expect(levelDueOn('2024-10-30', 2, 3)).toBe('2024-10-27');
    expect(levelDueOn('2024-10-30', 3, 3)).toBe('2024-10-24');
  });

  it('counts each level from the adjusted date above: Sunday 05/05 becomes Friday 03/05, so level 3 is Friday 26/04', () => {
    expect(levelDueOn('2024-05-10', 2, 5, 'previous')).toBe('2024-05-03');
    expect(levelDueOn('2024-05-10', 3, 5, 'previous')).toBe('2024-04-26');
  });

  it('moves forward with "next": Sunday 05/05/2024 becomes Monday 06/05', () => {
    expect(levelDueOn('2024-05-10', 2, 5, 'next')).toBe('2024-05-06');
    expect(levelDueOn('2024-05-10', 3, 5, 'next')).toBe('2024-05-01');
  });

  it('adjusts level 1 too: Kon Tum annual due Sunday 15/12/2024 becomes Friday 13/12', () => {
    expect(levelDueOn('2024-12-15', 1, 5, 'previous')).toBe('2024-12-13');
  });

  it('refuses level 0 (the issuer itself has no upward due date here)', () => {
    expect(() => levelDueOn('2024-05-10', 0)).toThrow(RangeError);
  });
});

describe('isSubmittedOnTime', () => {
  it('"trước ngày 10/5/2024": 23:59 Vietnam time on 10/05 is on time, 00:00 on 11/05 is late', () => {
    expect(isSubmittedOnTime(new Date('2024-05-10T16:59:59Z'), '2024-05-10')).toBe(true);
    expect(isSubmittedOnTime(new Date('2024-05-10T17:00:00Z'), '2024-05-10')).toBe(false);
  });

  it('judges by the Vietnamese day, not the UTC day: 06:00 on 31/10 in Vietnam is still 30/10 in UTC', () => {
    expect(isSubmittedOnTime(new Date('2024-10-30T23:00:00Z'), '2024-10-30')).toBe(false);
  });
});

describe('reminderDates', () => {
  it('reminds 7, 3 and 1 days before 10/05/2024, earliest first, once each', () => {
    expect(reminderDates('2024-05-10', [1, 3, 7, 3])).toEqual(['2024-05-03', '2024-05-07', '2024-05-09']);
  });

  it('includes the due day itself for 0', () => {
    expect(reminderDates('2024-10-30', [0])).toEqual(['2024-10-30']);
  });
});

describe('issuerDueOn', () => {
  it('gives the focal unit leadDays after the subordinates to consolidate: Gia Lai 6-month 10/05/2024 → 15/05', () => {
    expect(issuerDueOn('2024-05-10')).toBe('2024-05-15');
    expect(issuerDueOn('2024-10-30', 3)).toBe('2024-11-02');
  });

  it('moves a weekend date like the levels below: Saturday 02/11/2024 goes to Monday 04/11 with "next"', () => {
    expect(issuerDueOn('2024-10-30', 3, 'next')).toBe('2024-11-04');
  });
});
