import { describe, expect, it } from 'vitest';
import { findRoots, orderAsTree } from './planTree';

const plan = (planId: string, parentPlanId: string | null) => ({ planId, parentPlanId });

describe('orderAsTree', () => {
  it('puts each plan under its parent, depth by depth', () => {
    const nodes = [
      plan('gl.pleiku.vptk', 'gl.pleiku'),
      plan('gl', null),
      plan('gl.snv', 'gl'),
      plan('gl.pleiku', 'gl'),
    ];
    expect(orderAsTree(nodes).map(({ node, depth }) => `${depth}:${node.planId}`)).toEqual([
      '0:gl',
      '1:gl.snv',
      '1:gl.pleiku',
      '2:gl.pleiku.vptk',
    ]);
  });

  it('treats a plan whose parent is out of scope as a root', () => {
    const nodes = [plan('gl.pleiku', 'gl'), plan('gl.pleiku.vptk', 'gl.pleiku')];
    expect(findRoots(nodes).map((n) => n.planId)).toEqual(['gl.pleiku']);
    expect(orderAsTree(nodes).map(({ depth }) => depth)).toEqual([0, 1]);
  });
});
