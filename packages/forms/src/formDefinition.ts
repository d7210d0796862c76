import { z } from 'zod';
import type { FormDefinition, FormField } from './definition';
import { formFieldSchema } from './fieldSchemas';
import { entriesOf, type ScopeEntry } from './scope';

const conditionKinds = new Set([
  'shortText',
  'number',
  'integer',
  'date',
  'singleChoice',
  'multipleChoice',
  'unit',
  'computed',
]);
const operandKinds = new Set(['number', 'integer', 'computed']);

interface Problem {
  message: string;
  path: (string | number)[];
}

/** A form definition as an administrator may write it: well-formed fields, and references that make sense. */
export const formDefinitionSchema: z.ZodType<FormDefinition> = z
  .strictObject({
    schemaVersion: z.literal(1, { error: 'Phiên bản ngôn ngữ biểu mẫu phải là 1' }),
    fields: z
      .array(formFieldSchema)
      .min(1, 'Biểu mẫu phải có ít nhất một trường')
      .max(500, 'Biểu mẫu có quá nhiều trường'),
  })
  .superRefine((definition, ctx) => {
    for (const problem of scopeProblems(entriesOf(definition.fields), false))
      ctx.addIssue({ code: 'custom', ...problem });
  });

function scopeProblems(entries: ScopeEntry[], isTableRow: boolean): Problem[] {
  const problems: Problem[] = [];
  const above = new Map<string, FormField>();
  for (const { field, path } of entries) {
    if (above.has(field.key)) problems.push({ message: `Mã trường "${field.key}" bị trùng`, path: [...path, 'key'] });
    if (field.visibleWhen) problems.push(...conditionProblems(field, above, path));
    if (field.kind === 'computed') problems.push(...operandProblems(field.key, field.of, above, path));
    if (isTableRow && 'indicator' in field && field.indicator) {
      problems.push({
        message: `Chỉ tiêu "${field.label}" không đặt được trong cột của bảng`,
        path: [...path, 'indicator'],
      });
    }
    if (field.kind === 'table') problems.push(...scopeProblems(entriesOf(field.columns, [...path, 'columns']), true));
    above.set(field.key, field);
  }
  return problems;
}

function conditionProblems(field: FormField, above: Map<string, FormField>, path: (string | number)[]): Problem[] {
  const condition = field.visibleWhen!;
  const at = [...path, 'visibleWhen', 'field'];
  const target = above.get(condition.field);
  if (!target)
    return [
      {
        message: `Điều kiện hiển thị của "${field.key}" nhắc tới trường "${condition.field}" không có ở phía trên nó`,
        path: at,
      },
    ];
  if (!conditionKinds.has(target.kind))
    return [
      { message: `Trường "${condition.field}" (${target.kind}) không dùng làm điều kiện hiển thị được`, path: at },
    ];
  if (target.kind !== 'singleChoice' && target.kind !== 'multipleChoice') return [];
  const wanted = 'equals' in condition ? [condition.equals] : condition.in;
  return wanted
    .filter((value) => !target.options.some((o) => o.value === value))
    .map((value) => ({
      message: `Điều kiện hiển thị của "${field.key}": "${String(value)}" không phải phương án của "${target.key}"`,
      path: [...path, 'visibleWhen'],
    }));
}

function operandProblems(
  key: string,
  operands: string[],
  above: Map<string, FormField>,
  path: (string | number)[],
): Problem[] {
  return operands.flatMap((operand, index) => {
    const target = above.get(operand);
    const at = [...path, 'of', index];
    if (!target)
      return [{ message: `Giá trị tính toán "${key}" nhắc tới trường "${operand}" không có ở phía trên nó`, path: at }];
    if (!operandKinds.has(target.kind))
      return [{ message: `Giá trị tính toán "${key}": trường "${operand}" không phải trường số`, path: at }];
    return [];
  });
}
