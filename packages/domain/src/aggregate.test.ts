import { describe, expect, it } from 'vitest';
import { aggregate, aggregateIndicators } from './aggregate';

describe('aggregate', () => {
  it('sums what was reported and ignores what was not', () => {
    expect(aggregate('sum', [3, null, 2, undefined])).toBe(5);
  });

  it('sums nothing to 0 but averages nothing to null', () => {
    expect(aggregate('sum', [])).toBe(0);
    expect(aggregate('average', [])).toBeNull();
    expect(aggregate('average', [null, undefined])).toBeNull();
  });

  it('averages only the values present', () => {
    expect(aggregate('average', [2, 4, null])).toBe(3);
  });

  it('takes min and max, null when nothing was reported', () => {
    expect(aggregate('min', [5, null, 2, 9])).toBe(2);
    expect(aggregate('max', [5, null, 2, 9])).toBe(9);
    expect(aggregate('min', [null])).toBeNull();
  });

  it('counts reported values, a reported 0 included', () => {
    expect(aggregate('count', [1, null, 0, undefined])).toBe(2);
  });
});

describe('aggregateIndicators', () => {
  it('consolidates three communes by each indicator’s own rule', () => {
    const indicators = [
      { key: 'citizenReceptions', aggregate: 'sum' as const },
      { key: 'skilledMobilisationModels', aggregate: 'sum' as const },
      { key: 'selfAssessmentScore', aggregate: 'average' as const },
      { key: 'communesReporting', aggregate: 'count' as const },
    ];
    const reports = [
      { citizenReceptions: 12, skilledMobilisationModels: 2, selfAssessmentScore: 90, communesReporting: 1 },
      { citizenReceptions: 7, skilledMobilisationModels: null, selfAssessmentScore: 80, communesReporting: 1 },
      { citizenReceptions: 0, communesReporting: 1 },
    ];
    expect(aggregateIndicators(indicators, reports)).toEqual({
      citizenReceptions: 19,
      skilledMobilisationModels: 2,
      selfAssessmentScore: 85,
      communesReporting: 3,
    });
  });

  it('gives each indicator its empty value when no report has arrived', () => {
    expect(
      aggregateIndicators(
        [
          { key: 'dialogues', aggregate: 'sum' },
          { key: 'score', aggregate: 'max' },
        ],
        [],
      ),
    ).toEqual({
      dialogues: 0,
      score: null,
    });
  });
});
