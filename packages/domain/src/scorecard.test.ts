import { describe, expect, it } from 'vitest';
import { gradeOf } from './scorecard';

describe('scorecard grade bands', () => {
  it('grades the reviewer’s score by the default bands, edges included', () => {
    expect(gradeOf(95)).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(gradeOf(90)).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(gradeOf(89.5)).toBe('Hoàn thành tốt nhiệm vụ');
    expect(gradeOf(50)).toBe('Hoàn thành nhiệm vụ');
    expect(gradeOf(10)).toBe('Không hoàn thành nhiệm vụ');
  });

  it('uses a template’s own bands in any order', () => {
    const bands = [
      { minScore: 0, grade: 'Loại C' },
      { minScore: 80, grade: 'Loại A' },
      { minScore: 60, grade: 'Loại B' },
    ];
    expect([85, 60, 59].map((s) => gradeOf(s, bands))).toEqual(['Loại A', 'Loại B', 'Loại C']);
  });
});
