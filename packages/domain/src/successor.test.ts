import { describe, expect, it } from 'vitest';
import type { UnitNode } from './hierarchy';
import { kontumUnits } from './hierarchy.fixture';
import { resolveSuccessor } from './successor';

const commune = (id: string, effectiveTo: string | null, successorId: string | null): UnitNode => ({
  id,
  name: id,
  kind: 'commune',
  parentId: null,
  effectiveFrom: '2020-01-01',
  effectiveTo,
  successorId,
});

describe('resolveSuccessor', () => {
  it('returns the unit itself while it is effective', () => {
    expect(resolveSuccessor(kontumUnits, 'ha-mon', '2025-06-30')?.id).toBe('ha-mon');
  });

  it('hands a merged commune’s obligations to the new commune from 01/07/2025', () => {
    expect(resolveSuccessor(kontumUnits, 'ha-mon', '2025-07-01')?.id).toBe('xa-dak-ha');
    expect(resolveSuccessor(kontumUnits, 'kon-tum', '2025-10-30')?.id).toBe('quang-ngai');
  });

  it('follows a chain of reorganisations to the unit effective on the day', () => {
    const units = [commune('a', '2024-07-01', 'b'), commune('b', '2025-07-01', 'c'), commune('c', null, null)];
    expect(resolveSuccessor(units, 'a', '2024-10-30')?.id).toBe('b');
    expect(resolveSuccessor(units, 'a', '2025-10-30')?.id).toBe('c');
  });

  it('returns null when the unit ended without a successor, loops, or does not exist yet', () => {
    expect(resolveSuccessor(kontumUnits, 'dak-ha', '2025-07-01')).toBeNull();
    expect(
      resolveSuccessor([commune('a', '2024-07-01', 'b'), commune('b', '2024-07-01', 'a')], 'a', '2024-10-30'),
    ).toBeNull();
    expect(resolveSuccessor(kontumUnits, 'xa-dak-ha', '2024-12-15')).toBeNull();
    expect(resolveSuccessor(kontumUnits, 'unknown', '2024-12-15')).toBeNull();
  });
});
