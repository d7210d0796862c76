import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, parseNumberInput, toNumberInput } from './numbers';

describe('indicator numbers', () => {
  it('shows values with a decimal comma', () => {
    expect(formatIndicatorValue(92.5)).toBe('92,5');
    expect(formatIndicatorValue(null)).toBe('—');
  });

  it('round-trips a value through a number field', () => {
    expect(toNumberInput(91.666)).toBe('91,67');
    expect(parseNumberInput(toNumberInput(91.666))).toBe(91.67);
    expect(parseNumberInput(' 12 ')).toBe(12);
  });

  it('reads neither negatives, thousands separators nor words as numbers', () => {
    expect(parseNumberInput('-1')).toBeNull();
    expect(parseNumberInput('1.000,5')).toBeNull();
    expect(parseNumberInput('hai')).toBeNull();
  });
});
