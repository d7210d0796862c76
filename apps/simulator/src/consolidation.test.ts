import { describe, expect, it } from 'vitest';
import { consolidatedValues } from './consolidation';

const indicators = [
  { key: 'models', label: 'Mô hình', aggregate: 'sum' as const, target: 2 },
  { key: 'score', label: 'Điểm', aggregate: 'average' as const, target: null },
];

describe('consolidatedValues', () => {
  it("is the unit's own value aggregated with its subordinates' by each indicator's rule", () => {
    expect(consolidatedValues(indicators, { models: 1, score: 90 }, [{ models: 2, score: 70 }, { models: 1 }])).toEqual(
      { models: 4, score: 80 },
    );
  });

  it('stays null when no one gave a value', () => {
    expect(consolidatedValues(indicators, {}, [{ score: null }])).toEqual({ models: null, score: null });
  });
});
