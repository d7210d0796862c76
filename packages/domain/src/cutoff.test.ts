import { describe, expect, it } from 'vitest';
import { cutoffOf } from './cutoff';

describe('cutoffOf (Decree 09/2019/NĐ-CP art. 12)', () => {
  it('month: 15th of the previous month to the 14th, January reaching back to December', () => {
    expect(cutoffOf(2024, 'month', 1)).toEqual({ from: '2023-12-15', to: '2024-01-14' });
    expect(cutoffOf(2024, 'month', 5)).toEqual({ from: '2024-04-15', to: '2024-05-14' });
  });

  it('quarter: Q1 = 15/12 of the previous year to 14/3, Q3 = 15/6 to 14/9', () => {
    expect(cutoffOf(2026, 'quarter', 1)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(cutoffOf(2026, 'quarter', 3)).toEqual({ from: '2026-06-15', to: '2026-09-14' });
  });

  it('6 months: 15/12 of the previous year to 14/6; second half 15/6 to 14/12', () => {
    expect(cutoffOf(2024, 'half')).toEqual({ from: '2023-12-15', to: '2024-06-14' });
    expect(cutoffOf(2024, 'half', 2)).toEqual({ from: '2024-06-15', to: '2024-12-14' });
  });

  it('9 months: 15/12 of the previous year to 14/9', () => {
    expect(cutoffOf(2024, 'nine-months')).toEqual({ from: '2023-12-15', to: '2024-09-14' });
  });

  it('year: 15/12 of the previous year to 14/12', () => {
    expect(cutoffOf(2024, 'year')).toEqual({ from: '2023-12-15', to: '2024-12-14' });
  });

  it('refuses a period number the period does not have', () => {
    expect(() => cutoffOf(2024, 'month', 13)).toThrow(RangeError);
    expect(() => cutoffOf(2024, 'quarter', 0)).toThrow(RangeError);
    expect(() => cutoffOf(2024, 'year', 2)).toThrow(RangeError);
  });
});
