import { describe, expect, it } from 'vitest';
import { shownRows, toGridTree } from './gridTree';

const rows = [
  { planId: 'gl', parentPlanId: null, unitName: 'Tỉnh Gia Lai', status: 'pending' as const },
  { planId: 'gl.a', parentPlanId: 'gl', unitName: 'Xã Đak Đoa', status: 'overdue' as const },
  { planId: 'gl.b', parentPlanId: 'gl', unitName: 'Phường Pleiku', status: 'onTime' as const },
  { planId: 'gl.b.c', parentPlanId: 'gl.b', unitName: 'Phòng Nội vụ', status: 'overdue' as const },
];

describe('toGridTree', () => {
  it('nests rows under their parents', () => {
    const tree = toGridTree(rows, (r) => [r.status], { status: null, search: '' });
    expect(tree.map((r) => r.planId)).toEqual(['gl']);
    expect(tree[0]!.children!.map((r) => r.planId)).toEqual(['gl.a', 'gl.b']);
    expect(tree[0]!.children![1]!.children!.map((r) => r.planId)).toEqual(['gl.b.c']);
  });

  it('keeps the matching rows and the way down to them', () => {
    const overdue = toGridTree(rows, (r) => [r.status], { status: 'overdue', search: '' });
    expect(overdue[0]!.children!.map((r) => r.planId)).toEqual(['gl.a', 'gl.b']);
    const found = toGridTree(rows, (r) => [r.status], { status: null, search: 'dak doa' });
    expect(found[0]!.children!.map((r) => r.planId)).toEqual(['gl.a']);
  });

  it('shows every row depth first, and hides the subtree of a collapsed parent', () => {
    const tree = toGridTree(rows, (r) => [r.status], { status: null, search: '' });
    const all = shownRows(tree, new Set());
    expect(all.map((r) => [r.row.planId, r.depth, r.posInSet, r.setSize])).toEqual([
      ['gl', 0, 1, 1],
      ['gl.a', 1, 1, 2],
      ['gl.b', 1, 2, 2],
      ['gl.b.c', 2, 1, 1],
    ]);
    expect(shownRows(tree, new Set(['gl.b'])).map((r) => r.row.planId)).toEqual(['gl', 'gl.a', 'gl.b']);
  });
});
