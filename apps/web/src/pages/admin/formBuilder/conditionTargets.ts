import type { ChoiceOption } from '@cascade/forms';
import { choiceKinds } from './fieldKindLabels';
import { type BuilderColumn, parseOptions } from './formBuilderValues';

/** A choice field a later field's visibility may depend on. */
export interface ConditionTarget {
  key: string;
  label: string;
  options: ChoiceOption[];
}

/** The choice fields among `fields`, through their groups, in reading order. */
export function conditionTargetsOf(
  fields: readonly (BuilderColumn & { fields?: BuilderColumn[] })[],
): ConditionTarget[] {
  return fields.flatMap((field) => [
    ...(choiceKinds.has(field.kind) && field.key
      ? [{ key: field.key, label: field.label || field.key, options: parseOptions(field.options) }]
      : []),
    ...conditionTargetsOf(field.fields ?? []),
  ]);
}
