import { describe, expect, it } from 'vitest';
import type { AdminUnit } from './adminTypes';
import { activeUnitOptions, recordedMergers } from './unitOptions';

const unit = (
  id: string,
  name: string,
  kind: AdminUnit['kind'],
  parentId: string | null,
  extra: Partial<AdminUnit> = {},
): AdminUnit => ({
  id,
  name,
  kind,
  parentId,
  effectiveTo: null,
  successorId: null,
  ...extra,
});
const units = [
  unit('gl', 'Tỉnh Gia Lai', 'province', null),
  unit('gl-snv', 'Sở Nội vụ', 'department', 'gl'),
  unit('hd', 'Tỉnh Hải Dương', 'province', null),
  unit('hd-snv', 'Sở Nội vụ', 'department', 'hd'),
  unit('hd-thanh-ha', 'Huyện Thanh Hà', 'district', 'hd', { effectiveTo: '2025-07-01', successorId: 'hd' }),
];

describe('unit options for a merger', () => {
  it('offers units in force, told apart by their parent', () => {
    expect(activeUnitOptions(units).map((o) => o.label)).toEqual([
      'Sở Nội vụ — Tỉnh Gia Lai',
      'Sở Nội vụ — Tỉnh Hải Dương',
      'Tỉnh Gia Lai (Tỉnh)',
      'Tỉnh Hải Dương (Tỉnh)',
    ]);
  });

  it('lists the mergers already recorded', () => {
    expect(recordedMergers(units)).toEqual([
      { unitName: 'Huyện Thanh Hà', successorName: 'Tỉnh Hải Dương', effectiveOn: '2025-07-01' },
    ]);
  });
});
