import { defineSearchAttributeKey, type SearchAttributePair, SearchAttributeType } from '@temporalio/common';

/** What makes a plan's workflows findable in the Temporal UI, e.g. `CascadeUnit = "gl-pleiku" AND CascadeYear = 2027`. */
export const searchAttributeKeys = {
  plan: defineSearchAttributeKey('CascadePlan', SearchAttributeType.KEYWORD),
  unit: defineSearchAttributeKey('CascadeUnit', SearchAttributeType.KEYWORD),
  year: defineSearchAttributeKey('CascadeYear', SearchAttributeType.INT),
  kind: defineSearchAttributeKey('CascadeKind', SearchAttributeType.KEYWORD),
};

export function planSearchAttributes({
  planId,
  unitId,
  year,
}: {
  planId: string;
  unitId: string;
  year: number;
}): SearchAttributePair[] {
  return [
    { key: searchAttributeKeys.plan, value: planId },
    { key: searchAttributeKeys.unit, value: unitId },
    { key: searchAttributeKeys.year, value: year },
    { key: searchAttributeKeys.kind, value: 'plan' },
  ];
}
