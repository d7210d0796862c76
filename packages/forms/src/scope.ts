import type { FormField, VisibleWhen } from './definition';

/** One field of a scope (a form's fields through its groups, or one table's columns), in reading order. */
export interface ScopeEntry {
  field: FormField;
  /** Its own and its enclosing groups' visibility conditions: all must hold for it to show. */
  conditions: VisibleWhen[];
  /** Where it sits in the definition, for error messages. */
  path: (string | number)[];
}

export function entriesOf(
  fields: readonly FormField[],
  path: (string | number)[] = ['fields'],
  conditions: VisibleWhen[] = [],
): ScopeEntry[] {
  return fields.flatMap((field, index) => {
    const here = [...path, index];
    const own = field.visibleWhen ? [...conditions, field.visibleWhen] : conditions;
    if (field.kind !== 'group') return [{ field, conditions: own, path: here }];
    return [{ field, conditions: own, path: here }, ...entriesOf(field.fields, [...here, 'fields'], own)];
  });
}

/** Whether a condition holds for the values read so far; a hidden or missing field satisfies none. */
export function holds(condition: VisibleWhen, values: Readonly<Record<string, unknown>>): boolean {
  const value = values[condition.field];
  const wanted: unknown[] = 'equals' in condition ? [condition.equals] : condition.in;
  if (Array.isArray(value)) return value.some((v) => wanted.includes(v));
  return value !== undefined && value !== null && value !== '' && wanted.includes(value);
}

export function isVisible(conditions: readonly VisibleWhen[], values: Readonly<Record<string, unknown>>): boolean {
  return conditions.every((c) => holds(c, values));
}

/** "I. Mục đích, yêu cầu" reads "Mục đích, yêu cầu" inside a sentence. */
export function nameOf(label: string): string {
  return label.replace(/^[IVXLC]+\.\s+|^\d+\.\s+/, '');
}
