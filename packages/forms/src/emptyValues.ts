import type { FormDefinition, FormField, FormValues, TableField } from './definition';
import { entriesOf } from './scope';

/** What a blank form holds: the starting values of the React form, and of a draft not yet written. */
export function emptyValuesFor(definition: Pick<FormDefinition, 'fields'>): FormValues {
  return Object.fromEntries(
    entriesOf(definition.fields).flatMap(({ field }) =>
      field.kind === 'group' ? [] : [[field.key, emptyValueOf(field)]],
    ),
  );
}

export function emptyRowOf(table: TableField): FormValues {
  return emptyValuesFor({ fields: table.columns });
}

function emptyValueOf(field: Exclude<FormField, { kind: 'group' }>): unknown {
  switch (field.kind) {
    case 'shortText':
    case 'longText':
    case 'date':
    case 'singleChoice':
      return '';
    case 'multipleChoice':
      return [];
    case 'unit':
      return field.multiple ? [] : '';
    case 'table':
      return Array.from({ length: field.minRows ?? 0 }, () => emptyRowOf(field));
    case 'number':
    case 'integer':
    case 'computed':
    case 'file':
      return null;
  }
}
