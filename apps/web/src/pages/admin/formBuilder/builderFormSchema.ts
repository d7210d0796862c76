import type { FormDefinition } from '@cascade/forms';
import { z } from 'zod';
import { type BuilderColumn, type BuilderForm, parseNumber, toFormDefinition } from './formBuilderValues';
import { numberKinds } from './fieldKindLabels';

/** What a builder field shows a message beside; anything else is shown under the field as a whole. */
const shownBeside = new Set(['key', 'label', 'help', 'options', 'min', 'max', 'rowLabel', 'maxRows']);
const nested = new Set(['fields', 'columns']);

/** A path in the form definition, as a path in the builder's values: the builder mirrors fields and columns. */
export function builderPathOf(path: readonly PropertyKey[]): PropertyKey[] {
  const result: PropertyKey[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof segment === 'string' && nested.has(segment) && typeof path[i + 1] === 'number') {
      result.push(segment, path[i + 1]!);
      i++;
      continue;
    }
    if (typeof segment === 'string' && shownBeside.has(segment)) return [...result, segment];
    if (segment === 'visibleWhen') return [...result, 'visibleWhen', 'field'];
    break;
  }
  return [...result, 'problem'];
}

type Nested = BuilderColumn & { columns?: BuilderColumn[]; fields?: BuilderColumn[]; maxRows?: string };

function maxRowsProblems(field: Nested, here: PropertyKey[]) {
  const text = field.kind === 'table' ? (field.maxRows ?? '').trim() : '';
  if (text === '' || (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 1_000)) return [];
  return [{ message: 'Số dòng tối đa là số nguyên từ 1 đến 1000', path: [...here, 'maxRows'] }];
}

function numberProblems(fields: readonly Nested[], path: PropertyKey[]) {
  return fields.flatMap((field, index): { message: string; path: PropertyKey[] }[] => {
    const here = [...path, index];
    const own = numberKinds.has(field.kind)
      ? (['min', 'max'] as const)
          .filter((bound) => Number.isNaN(parseNumber(field[bound])))
          .map((bound) => ({
            message: `${bound === 'min' ? 'Giá trị nhỏ nhất' : 'Giá trị lớn nhất'} phải là số, ví dụ 0 hoặc 12,5`,
            path: [...here, bound],
          }))
      : [];
    return [
      ...own,
      ...maxRowsProblems(field, here),
      ...numberProblems(field.columns ?? [], [...here, 'columns']),
      ...numberProblems(field.fields ?? [], [...here, 'fields']),
    ];
  });
}

/** The builder's values, checked by the same schema the server applies to the form; yields the form definition. */
export function builderFormSchema(schema: z.ZodType<FormDefinition>) {
  return z.custom<BuilderForm>().transform((form, ctx) => checked(schema, form, ctx));
}

/** As `builderFormSchema`, for a form that may have no fields at all: then there is no form. */
export function optionalBuilderFormSchema(schema: z.ZodType<FormDefinition>) {
  return z
    .custom<BuilderForm>()
    .transform((form, ctx) => (form.fields.length === 0 ? undefined : checked(schema, form, ctx)));
}

function checked(schema: z.ZodType<FormDefinition>, form: BuilderForm, ctx: z.RefinementCtx): FormDefinition {
  const typos = numberProblems(form.fields, ['fields']);
  for (const problem of typos) ctx.addIssue({ code: 'custom', ...problem });
  if (typos.length > 0) return z.NEVER;
  const read = schema.safeParse(toFormDefinition(form));
  for (const issue of read.error?.issues ?? [])
    ctx.addIssue({ code: 'custom', message: issue.message, path: builderPathOf(issue.path) });
  return read.success ? read.data : z.NEVER;
}
