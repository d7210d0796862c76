import { describe, expect, it } from 'vitest';
import { cascadeTargets, childrenOf, isEffective, unitKindLabels, type UnitNode } from './hierarchy';
import { kontumUnits } from './hierarchy.fixture';

const names = (units: UnitNode[]) => units.map((unit) => unit.name);

describe('isEffective', () => {
  const huyenDakHa = kontumUnits.find((unit) => unit.id === 'dak-ha')!;

  it('counts effectiveTo as exclusive: a district ending 01/07/2025 still exists on 30/06/2025', () => {
    expect(isEffective(huyenDakHa, '2025-06-30')).toBe(true);
    expect(isEffective(huyenDakHa, '2025-07-01')).toBe(false);
  });

  it('starts on effectiveFrom and never ends without effectiveTo', () => {
    const commune = kontumUnits.find((unit) => unit.id === 'xa-dak-ha')!;
    expect(isEffective(commune, '2025-06-30')).toBe(false);
    expect(isEffective(commune, '2025-07-01')).toBe(true);
    expect(isEffective(commune, '2099-12-31')).toBe(true);
  });
});

describe('childrenOf', () => {
  it('lists the units under a parent on a given day', () => {
    expect(names(childrenOf(kontumUnits, 'dak-ha', '2024-02-01')).sort()).toEqual([
      'Xã Hà Mòn',
      'Xã Ngọk Wang',
      'Xã Đắk La',
    ]);
    expect(childrenOf(kontumUnits, 'dak-ha', '2025-07-01')).toEqual([]);
  });
});

describe('cascadeTargets', () => {
  it('gives Kon Tum 2024 its departments and districts, not the Fatherland Front', () => {
    expect(names(cascadeTargets(kontumUnits, 'kon-tum', ['department', 'district'], '2024-02-01'))).toEqual([
      'Huyện Đắk Hà',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Thành phố Kon Tum',
    ]);
  });

  it('follows the 2-level model after 01/07/2025: the province cascades straight to communes', () => {
    expect(names(cascadeTargets(kontumUnits, 'quang-ngai', ['department', 'commune'], '2025-09-01'))).toEqual([
      'Sở Nội vụ',
      'Xã Đắk Hà',
    ]);
  });

  it('sorts by code point of the NFC name, so Đ comes after every ASCII letter on every host', () => {
    expect(names(cascadeTargets(kontumUnits, 'dak-ha', ['commune'], '2024-02-01'))).toEqual([
      'Xã Hà Mòn',
      'Xã Ngọk Wang',
      'Xã Đắk La',
    ]);
  });

  it('sorts a decomposed (NFD) name by its NFC form', () => {
    const at = (id: string, name: string): UnitNode => ({
      id,
      name,
      kind: 'commune',
      parentId: 'h',
      effectiveFrom: '2024-01-01',
      effectiveTo: null,
    });
    const units = [at('an', 'Xã Ân'.normalize('NFD')), at('binh', 'Xã Bình')];
    expect(cascadeTargets(units, 'h', ['commune'], '2024-06-01').map((unit) => unit.id)).toEqual(['binh', 'an']);
  });
});

describe('unitKindLabels', () => {
  it('names the kinds in Vietnamese, NFC-normalised', () => {
    expect(unitKindLabels).toEqual({
      nation: 'Trung ương',
      province: 'Tỉnh',
      district: 'Huyện',
      commune: 'Xã',
      department: 'Sở/Phòng',
      office: 'Công chức chuyên môn',
      organization: 'Tổ chức',
    });
    for (const label of Object.values(unitKindLabels)) expect(label).toBe(label.normalize('NFC'));
  });
});
