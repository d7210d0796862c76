import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, type AggregateRule } from './aggregate';
import { type IndicatorRow, type IndicatorSpec, rollUpIndicators } from './monitorIndicators';

const rules: AggregateRule[] = ['sum', 'average', 'min', 'max', 'count'];
const indicators: IndicatorSpec[] = rules.map((rule) => ({ key: rule, label: rule, aggregate: rule, target: 10 }));

/** A random plan tree with random reports (some units silent, some values missing) and some units' own targets. */
const cascadeArbitrary = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).chain((parents) =>
  fc
    .tuple(
      ...parents.map(() =>
        fc.record({
          values: fc.option(
            fc.dictionary(fc.constantFrom(...rules), fc.option(fc.integer({ min: -5, max: 500 }), { nil: null })),
            { nil: null },
          ),
          targets: fc.dictionary(fc.constantFrom(...rules), fc.option(fc.integer({ min: 0, max: 50 }), { nil: null })),
        }),
      ),
    )
    .map((reports) => {
      const parentOf = parents.map((p, i) => (i === 0 ? null : p % i));
      const levelOf: number[] = [];
      parentOf.forEach((p, i) => (levelOf[i] = p === null ? 0 : levelOf[p]! + 1));
      return reports.map((r, i): IndicatorRow => ({
        planId: `p${i}`,
        parentPlanId: parentOf[i] === null ? null : `p${parentOf[i]}`,
        level: levelOf[i]!,
        values: r.values,
        targets: r.targets,
      }));
    }),
);

function leavesBelow(rows: IndicatorRow[], planId: string): IndicatorRow[] {
  const children = rows.filter((r) => r.parentPlanId === planId);
  if (!children.length) return rows.filter((r) => r.planId === planId);
  return children.flatMap((c) => leavesBelow(rows, c.planId));
}

describe('rollUpIndicators', () => {
  it('gives each unit its rule over the reports at the bottom of its subtree, and each level its rule over the level', () => {
    fc.assert(
      fc.property(cascadeArbitrary, (rows) => {
        const { byRow, byLevel } = rollUpIndicators(indicators, rows);
        for (const row of rows) {
          const leaves = leavesBelow(rows, row.planId);
          for (const rule of rules) {
            const expected = aggregate(
              rule,
              leaves.map((l) => l.values?.[rule]),
            );
            const figure = byRow[row.planId]![rule]!;
            if (expected === null) expect(figure.value).toBeNull();
            else expect(figure.value).toBeCloseTo(expected, 9);
            const target = rule in row.targets ? row.targets[rule]! : 10;
            expect(figure.target).toBe(target);
            if (expected !== null && target) expect(figure.achieved).toBeCloseTo(expected / target, 9);
          }
        }
        for (const { level, units, reporting, figures } of byLevel) {
          const here = rows.filter((r) => r.level === level);
          expect(units).toBe(here.length);
          expect(reporting).toBe(here.filter((r) => r.values).length);
          expect(figures.sum!.value).toBe(here.reduce((t, r) => t + (r.values?.sum ?? 0), 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes a one-level cascade’s total against the province target as a supervisor reads it', () => {
    const rows: IndicatorRow[] = [
      { planId: 'gl', parentPlanId: null, level: 0, values: null, targets: { models: 20 } },
      { planId: 'gl.a', parentPlanId: 'gl', level: 1, values: { models: 3, rate: 80 }, targets: {} },
      { planId: 'gl.b', parentPlanId: 'gl', level: 1, values: { models: 5, rate: 100 }, targets: {} },
      { planId: 'gl.c', parentPlanId: 'gl', level: 1, values: null, targets: {} },
    ];
    const { byRow, byLevel } = rollUpIndicators(
      [
        { key: 'models', label: 'Mô hình', aggregate: 'sum', target: 2 },
        { key: 'rate', label: 'Tỷ lệ', aggregate: 'average', target: 90 },
      ],
      rows,
    );
    expect(byRow.gl!.models).toEqual({ value: 8, target: 20, achieved: 0.4, reported: null });
    expect(byRow.gl!.rate!.value).toBe(90);
    expect(byRow['gl.c']!.models!.value).toBe(0);
    expect(byLevel[1]).toMatchObject({ level: 1, units: 3, reporting: 2 });
    expect(byLevel[1]!.figures.models).toEqual({ value: 8, target: 6, achieved: 8 / 6 });
  });
});
