import type { AggregateRule } from '@cascade/domain';
import type { FormDefinition } from './definition';
import { entriesOf } from './scope';

export interface FormIndicator {
  key: string;
  label: string;
  aggregate: AggregateRule;
  target: number | null;
  unit: string | null;
}

/** Every field that feeds an indicator, groups included, in reading order. */
export function indicatorsOf(definition: FormDefinition): FormIndicator[] {
  return entriesOf(definition.fields).flatMap(({ field }) =>
    (field.kind === 'number' || field.kind === 'integer' || field.kind === 'computed') && field.indicator
      ? [
          {
            key: field.key,
            label: field.label,
            aggregate: field.indicator.aggregate,
            target: field.indicator.target,
            unit: field.unit ?? null,
          },
        ]
      : [],
  );
}
