import type { IndicatorValues } from '@cascade/workflows';
import type { ReportAct, ReportsBehaviour, Scenario, UnitBehaviour } from './scenarioSchema';

export const baseReportFields = ['offsetDays', 'values'] as const;

/** What a unit does in one report round: act `offsetDays` after its due date with its own `values`, or never (null). */
export interface ReportPlan {
  offsetDays: number;
  values: IndicatorValues;
}

type Behaviours = NonNullable<Scenario['behaviour']>;

/** The unit's own entry comes after `default`, so it wins field by field. */
function entriesFor(behaviours: Behaviours | undefined, code: string): (UnitBehaviour | null)[] {
  return [behaviours?.default, behaviours?.[code]].filter((entry) => entry !== undefined);
}

/** Days after its due date the unit issues its sub-plan; null when it never does. Acts on the due date unless told. */
export function subPlanOffset(behaviours: Behaviours | undefined, code: string): number | null {
  let offsetDays: number | null = 0;
  for (const entry of entriesFor(behaviours, code)) {
    if (entry === null || entry.subPlan === null) offsetDays = null;
    else if (entry.subPlan) offsetDays = entry.subPlan.offsetDays;
  }
  return offsetDays;
}

export function roundOverride(reports: ReportsBehaviour, key: string): ReportAct | null | undefined {
  if ((baseReportFields as readonly string[]).includes(key)) return undefined;
  return reports[key] as ReportAct | null | undefined;
}

/**
 * Layers, later ones winning field by field: default.reports, default.reports[spec round], default.reports[round],
 * then the same three of the unit's entry. `null` (for an entry, `reports` or a round) sets offsetDays to never;
 * `values` merge indicator by indicator.
 */
export function reportPlan(
  behaviours: Behaviours | undefined,
  code: string,
  roundKey: string,
  specKey: string,
): ReportPlan | null {
  let offsetDays: number | null = 0;
  const values: IndicatorValues = {};
  const apply = (layer: ReportAct | ReportsBehaviour | null | undefined) => {
    if (layer === undefined) return;
    if (layer === null) {
      offsetDays = null;
      return;
    }
    if (layer.offsetDays !== undefined) offsetDays = layer.offsetDays;
    Object.assign(values, layer.values);
  };
  for (const entry of entriesFor(behaviours, code)) {
    const reports = entry === null ? null : entry.reports;
    apply(reports);
    if (!reports) continue;
    if (specKey !== roundKey) apply(roundOverride(reports, specKey));
    apply(roundOverride(reports, roundKey));
  }
  return offsetDays === null ? null : { offsetDays, values };
}
