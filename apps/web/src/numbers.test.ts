import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, formatPercent, formatVnNumber, parseNumberInput, toNumberInput } from './numbers';

describe('Vietnamese numbers', () => {
  it('shows dots between thousands and a decimal comma', () => {
    expect(formatVnNumber(1_234_567.5)).toBe('1.234.567,5');
    expect(formatIndicatorValue(92.5)).toBe('92,5');
    expect(formatIndicatorValue(12_000)).toBe('12.000');
    expect(formatIndicatorValue(null)).toBe('—');
  });

  it('shows rates as percentages with one decimal comma', () => {
    expect(formatPercent(0.925)).toBe('92,5%');
    expect(formatPercent(1)).toBe('100,0%');
    expect(formatPercent(1 / 3)).toBe('33,3%');
  });

  it('round-trips a value through a number field', () => {
    expect(toNumberInput(91.666)).toBe('91,67');
    expect(parseNumberInput(toNumberInput(91.666))).toBe(91.67);
    expect(toNumberInput(1_234_567.5)).toBe('1.234.567,5');
    expect(parseNumberInput(toNumberInput(1_234_567.5))).toBe(1_234_567.5);
    expect(parseNumberInput(' 12 ')).toBe(12);
  });

  it('reads what a Vietnamese user types: grouped thousands, a decimal comma, or a plain decimal point', () => {
    expect(parseNumberInput('1.234.567,5')).toBe(1_234_567.5);
    expect(parseNumberInput('1.000')).toBe(1000);
    expect(parseNumberInput('92,5')).toBe(92.5);
    expect(parseNumberInput('92.5')).toBe(92.5);
  });

  it('reads neither negatives, misplaced separators nor words as numbers', () => {
    expect(parseNumberInput('-1')).toBeNull();
    expect(parseNumberInput('1.00.0')).toBeNull();
    expect(parseNumberInput('1,000,5')).toBeNull();
    expect(parseNumberInput('hai')).toBeNull();
  });
});
