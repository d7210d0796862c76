import { expect, it } from 'vitest';
import type { UnitNode } from './hierarchy';
import { unitsAsOf } from './unitHistory';

const units: UnitNode[] = [
  { id: 'vn', name: 'Bộ Nội vụ', kind: 'nation', parentId: null, effectiveFrom: '2000-01-01', effectiveTo: null },
  { id: 'p', name: 'Tỉnh Mới', kind: 'province', parentId: 'vn', effectiveFrom: '2000-01-01', effectiveTo: null },
  {
    id: 'h',
    name: 'Huyện Cũ',
    kind: 'district',
    parentId: 'p',
    effectiveFrom: '2000-01-01',
    effectiveTo: '2025-07-01',
  },
  { id: 'x', name: 'Xã Mới', kind: 'commune', parentId: 'p', effectiveFrom: '2000-01-01', effectiveTo: null },
];
const versions = [
  { unitId: 'x', effectiveOn: '2000-01-01', name: 'Xã Cũ', kind: 'commune' as const, parentId: 'h' },
  { unitId: 'x', effectiveOn: '2025-07-01', name: 'Xã Mới', kind: 'commune' as const, parentId: 'p' },
];

it('shows the 3-level tree before 1/7/2025 and the 2-level tree from that day', () => {
  const before = unitsAsOf(units, versions, '2025-06-30');
  expect(before.map((u) => [u.id, u.name, u.parentId])).toEqual([
    ['vn', 'Bộ Nội vụ', null],
    ['p', 'Tỉnh Mới', 'vn'],
    ['h', 'Huyện Cũ', 'p'],
    ['x', 'Xã Cũ', 'h'],
  ]);
  const after = unitsAsOf(units, versions, '2025-07-01');
  expect(after.map((u) => [u.id, u.name, u.parentId])).toEqual([
    ['vn', 'Bộ Nội vụ', null],
    ['p', 'Tỉnh Mới', 'vn'],
    ['x', 'Xã Mới', 'p'],
  ]);
});
