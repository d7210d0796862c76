import { describe, expect, it } from 'vitest';
import { kontumUnits } from './hierarchy.fixture';
import { isInSubtree, subtreeIds } from './subtree';

describe('subtreeIds', () => {
  it('holds the district, its communes and their offices', () => {
    expect([...subtreeIds(kontumUnits, 'dak-ha')].sort()).toEqual([
      'dak-ha',
      'dak-ha-van-phong',
      'dak-la',
      'ha-mon',
      'ngok-wang',
    ]);
  });

  it('keeps only the descendants effective on the given day, but always the root', () => {
    expect([...subtreeIds(kontumUnits, 'dak-ha', '2025-07-01')]).toEqual(['dak-ha']);
    expect([...subtreeIds(kontumUnits, 'quang-ngai', '2025-07-01')].sort()).toEqual([
      'quang-ngai',
      'so-noi-vu-qn',
      'xa-dak-ha',
    ]);
  });

  it('stops on a parent cycle in bad data', () => {
    const loop = [
      { id: 'a', name: 'A', kind: 'district' as const, parentId: 'b', effectiveFrom: '2024-01-01', effectiveTo: null },
      { id: 'b', name: 'B', kind: 'commune' as const, parentId: 'a', effectiveFrom: '2024-01-01', effectiveTo: null },
    ];
    expect([...subtreeIds(loop, 'a')].sort()).toEqual(['a', 'b']);
  });
});

describe('isInSubtree', () => {
  it('lets the province supervisor see a commune office two levels down', () => {
    expect(isInSubtree(kontumUnits, 'kon-tum', 'dak-ha-van-phong', '2024-06-01')).toBe(true);
  });

  it('keeps one district out of another district', () => {
    expect(isInSubtree(kontumUnits, 'tp-kon-tum', 'ha-mon', '2024-06-01')).toBe(false);
  });
});
