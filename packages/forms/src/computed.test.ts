import { describe, expect, it } from 'vitest';
import { computeValue } from './computed';

describe('computed values', () => {
  it('sums what is known, and works the other operations out only when every operand is', () => {
    expect(computeValue({ op: 'sum' }, [2, null, 3.5])).toBe(5.5);
    expect(computeValue({ op: 'sum' }, [null, undefined])).toBeNull();
    expect(computeValue({ op: 'difference' }, [40, 37])).toBe(3);
    expect(computeValue({ op: 'product' }, [12.5, 4])).toBe(50);
    expect(computeValue({ op: 'ratio', decimals: 3 }, [37, 40])).toBe(0.925);
    expect(computeValue({ op: 'percent', decimals: 1 }, [1, 3])).toBe(33.3);
    expect(computeValue({ op: 'difference' }, [40, null])).toBeNull();
    expect(computeValue({ op: 'ratio' }, [1, 0])).toBeNull();
  });
});
