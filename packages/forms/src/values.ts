import { z } from 'zod';
import { computeValue } from './computed';
import type { FormContext, FormDefinition, FormField, FormValues, TableField } from './definition';
import { type Read, isEmpty, readChoice, readDate, readFile, readNumber, readText, readUnit } from './fieldValues';
import { entriesOf, isVisible, nameOf, type ScopeEntry } from './scope';

interface Issue {
  message: string;
  path: (string | number)[];
}

const noUnits: FormContext = { unitIds: [] };

/**
 * The server's (and the browser's) check of a form's submitted values: hidden fields are dropped and not
 * required, computed fields are worked out again, unknown keys are refused.
 */
export function valuesSchemaFor(
  definition: FormDefinition,
  context: FormContext = noUnits,
): z.ZodType<FormValues, unknown> {
  const entries = entriesOf(definition.fields);
  return z.unknown().transform((input, ctx) => {
    const issues: Issue[] = [];
    const values = readScope(entries, input, [], context, issues);
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
    return issues.length > 0 ? z.NEVER : values;
  });
}

function readScope(
  entries: ScopeEntry[],
  input: unknown,
  path: (string | number)[],
  context: FormContext,
  issues: Issue[],
): FormValues {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ message: 'Dữ liệu biểu mẫu không hợp lệ', path });
    return {};
  }
  const raw = input as Record<string, unknown>;
  const known = new Set(entries.map((e) => e.field.key));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) issues.push({ message: `Trường "${key}" không có trong biểu mẫu`, path: [...path, key] });
  }
  const values: FormValues = {};
  for (const { field, conditions } of entries) {
    if (field.kind === 'group' || !isVisible(conditions, values)) continue;
    const at = [...path, field.key];
    if (field.kind === 'computed') {
      values[field.key] = computeValue(
        field,
        field.of.map((key) => values[key] as number | null | undefined),
      );
    } else if (field.kind === 'table') {
      values[field.key] = readTable(field, raw[field.key], at, context, issues);
    } else {
      const read = readField(field, raw[field.key], context);
      if ('error' in read) issues.push({ message: read.error, path: at });
      else values[field.key] = read.value;
    }
  }
  return values;
}

function readTable(
  field: TableField,
  raw: unknown,
  path: (string | number)[],
  context: FormContext,
  issues: Issue[],
): FormValues[] {
  const name = nameOf(field.label);
  if (!isEmpty(raw) && !Array.isArray(raw)) {
    issues.push({ message: `${name} phải là danh sách các dòng`, path });
    return [];
  }
  const rows = (raw as unknown[] | null | undefined) ?? [];
  if (field.minRows !== undefined && rows.length < field.minRows)
    issues.push({ message: `${name} cần ít nhất ${field.minRows} dòng`, path });
  if (field.maxRows !== undefined && rows.length > field.maxRows)
    issues.push({ message: `${name} có tối đa ${field.maxRows} dòng`, path });
  const columns = entriesOf(field.columns);
  return rows.map((row, index) => readScope(columns, row, [...path, index], context, issues));
}

function readField(
  field: Exclude<FormField, { kind: 'group' | 'table' | 'computed' }>,
  raw: unknown,
  context: FormContext,
): Read {
  switch (field.kind) {
    case 'shortText':
    case 'longText':
      return readText(field, raw);
    case 'number':
    case 'integer':
      return readNumber(field, raw);
    case 'date':
      return readDate(field, raw);
    case 'singleChoice':
    case 'multipleChoice':
      return readChoice(field, raw);
    case 'unit':
      return readUnit(field, raw, context);
    case 'file':
      return readFile(field, raw);
  }
}
