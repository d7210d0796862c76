import fc from 'fast-check';
import type { MonitorRow } from './monitor';

/**
 * A random plan tree (each plan's parent is an earlier one) with at most one obligation per plan and column, drawn by
 * `obligation`.
 */
export function randomCascade<T>(
  maxPlans: number,
  columns: string[],
  obligation: (planId: string, column: string) => fc.Arbitrary<T>,
): fc.Arbitrary<{ rows: MonitorRow[]; obligations: T[] }> {
  return fc
    .array(fc.nat(), { minLength: 1, maxLength: maxPlans })
    .chain((parents) => {
      const rows: MonitorRow[] = parents.map((p, i) => ({
        planId: `p${i}`,
        parentPlanId: i === 0 ? null : `p${p % i}`,
        unitId: `u${i}`,
        unitName: `Đơn vị ${i}`,
      }));
      const all = rows.flatMap((r) => columns.map((c) => fc.option(obligation(r.planId, c), { nil: undefined })));
      return fc.tuple(fc.constant(rows), fc.tuple(...all));
    })
    .map(([rows, all]) => ({ rows, obligations: all.filter((o): o is T => o !== undefined) }));
}
