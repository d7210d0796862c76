import { describe, expect, it } from 'vitest';
import { cascadeTreeOf } from './cascadeTree';
import type { HierarchyUnit } from './scenarioSchema';

const haiDuong: HierarchyUnit = {
  code: 'HD',
  name: 'Tỉnh Hải Dương',
  kind: 'province',
  children: [
    { code: 'SNV', name: 'Sở Nội vụ', kind: 'department' },
    {
      code: 'MTTQ',
      name: 'Ủy ban MTTQ tỉnh',
      kind: 'organization',
      children: [{ code: 'X', name: 'Xã dưới Mặt trận', kind: 'commune' }],
    },
    {
      code: 'THANH-HA',
      name: 'Huyện Thanh Hà',
      kind: 'district',
      children: [
        { code: 'TH-PNV', name: 'Phòng Nội vụ', kind: 'department' },
        { code: 'TAN-VIET', name: 'Xã Tân Việt', kind: 'commune' },
      ],
    },
  ],
};

describe('cascadeTreeOf', () => {
  it('keeps units reached from the issuer through listed kinds only', () => {
    const tree = cascadeTreeOf(haiDuong, ['district', 'commune']);
    expect(tree.root).toEqual({
      id: 'HD',
      kind: 'province',
      children: [{ id: 'THANH-HA', kind: 'district', children: [{ id: 'TAN-VIET', kind: 'commune' }] }],
    });
    expect(tree.order).toEqual(['HD', 'THANH-HA', 'TAN-VIET']);
    expect(tree.depth).toBe(2);
    expect(tree.childrenOf.get('TAN-VIET')).toEqual([]);
  });

  it('starts at the issuer, wherever it sits', () => {
    const tree = cascadeTreeOf(haiDuong.children![2]!, ['department', 'commune']);
    expect(tree.order).toEqual(['THANH-HA', 'TH-PNV', 'TAN-VIET']);
    expect([...tree.levelOf]).toEqual([
      ['THANH-HA', 0],
      ['TH-PNV', 1],
      ['TAN-VIET', 1],
    ]);
  });
});
