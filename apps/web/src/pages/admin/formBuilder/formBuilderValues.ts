import type { ChoiceOption, FieldKind, FormDefinition, FormField, VisibleWhen } from '@cascade/forms';
import { choiceKinds, numberKinds, unrequirableKinds } from './fieldKindLabels';

/** One field as the builder edits it: text inputs, and the field as loaded for what the builder does not show. */
export interface BuilderColumn {
  kind: FieldKind;
  key: string;
  label: string;
  required: boolean;
  help: string;
  /** One option a line: "Nhãn", or "giá trị | Nhãn" when the stored value differs from the label. */
  options: string;
  min: string;
  max: string;
  visibleWhen: { field: string; value: string };
  /** The field as loaded, as JSON ('' for a new field): its maxLength, unit, indicator, computed or file settings are kept. */
  original: string;
}
/** A field of a group: a table's columns are edited, a group inside a group is kept as it was. */
export interface BuilderInner extends BuilderColumn {
  columns: BuilderColumn[];
  /** A table's name for one row ("Căn cứ" gives "Thêm căn cứ"), and its most rows. */
  rowLabel: string;
  maxRows: string;
}
export interface BuilderField extends BuilderInner {
  fields: BuilderInner[];
}
export interface BuilderForm {
  fields: BuilderField[];
}

export const emptyBuilderField: BuilderField = {
  kind: 'longText',
  key: '',
  label: '',
  required: false,
  help: '',
  options: '',
  min: '',
  max: '',
  visibleWhen: { field: '', value: '' },
  original: '',
  columns: [],
  rowLabel: '',
  maxRows: '',
  fields: [],
};

/** "Khó khăn, vướng mắc" → "khoKhanVuongMac": a key the form language accepts, from a Vietnamese label. */
export function suggestKey(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/^([IVXLC]+|\d+)\.\s+/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const key = words
    .map((word, i) => (i === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join('');
  return (/^[A-Za-z]/.test(key) ? key : `f${key}`).slice(0, 41);
}

export const conditionText = (condition: VisibleWhen) =>
  'equals' in condition ? String(condition.equals) : condition.in.join(', ');

const optionLine = ({ value, label }: ChoiceOption) => (value === label ? label : `${value} | ${label}`);

function toBuilderColumn(field: FormField): BuilderColumn {
  return {
    kind: field.kind,
    key: field.key,
    label: field.label,
    required: 'required' in field && field.required === true,
    help: field.help ?? '',
    options: 'options' in field ? field.options.map(optionLine).join('\n') : '',
    min: 'min' in field && field.min !== undefined ? String(field.min) : '',
    max: 'max' in field && field.max !== undefined ? String(field.max) : '',
    visibleWhen: field.visibleWhen
      ? { field: field.visibleWhen.field, value: conditionText(field.visibleWhen) }
      : { field: '', value: '' },
    original: JSON.stringify(field),
  };
}

const toBuilderInner = (field: FormField): BuilderInner => ({
  ...toBuilderColumn(field),
  columns: field.kind === 'table' ? field.columns.map(toBuilderColumn) : [],
  rowLabel: field.kind === 'table' ? (field.rowLabel ?? '') : '',
  maxRows: field.kind === 'table' && field.maxRows !== undefined ? String(field.maxRows) : '',
});

/** The builder's starting values: a saved form's fields. */
export function toBuilderForm(form: FormDefinition | undefined): BuilderForm {
  return {
    fields: (form?.fields ?? []).map((field) => ({
      ...toBuilderInner(field),
      fields: field.kind === 'group' ? field.fields.map(toBuilderInner) : [],
    })),
  };
}

/** The options typed one a line. */
export function parseOptions(text: string): ChoiceOption[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.indexOf('|');
      if (bar < 0) return { value: line.normalize('NFC'), label: line.normalize('NFC') };
      return {
        value: line.slice(0, bar).trim().normalize('NFC'),
        label: line
          .slice(bar + 1)
          .trim()
          .normalize('NFC'),
      };
    });
}

/** A number typed in Vietnamese or English style; NaN when it is not one, which the form schema refuses. */
export const parseNumber = (text: string) =>
  text.trim() === ''
    ? undefined
    : /^-?\d+([.,]\d+)?$/.test(text.trim())
      ? Number(text.trim().replace(',', '.'))
      : Number.NaN;

/** Kinds that share their settings: a number made an integer keeps its unit. */
const familyOf = (kind: FieldKind) => (numberKinds.has(kind) ? 'number' : choiceKinds.has(kind) ? 'choice' : kind);

const builderOwned = [
  'kind',
  'key',
  'label',
  'required',
  'help',
  'visibleWhen',
  'options',
  'min',
  'max',
  'columns',
  'rowLabel',
  'maxRows',
  'fields',
];

function toVisibleWhen({ visibleWhen }: BuilderColumn, original: FormField | undefined): VisibleWhen | undefined {
  if (!visibleWhen.field) return undefined;
  const before = original?.visibleWhen;
  if (before && before.field === visibleWhen.field && conditionText(before) === visibleWhen.value) return before;
  return { field: visibleWhen.field, equals: visibleWhen.value };
}

/** `fields` is absent for a group inside a group, which the builder keeps as loaded. */
function toField(
  column: BuilderColumn | BuilderInner,
  columns: BuilderColumn[] = [],
  fields?: BuilderInner[],
): FormField {
  const original = column.original ? (JSON.parse(column.original) as FormField) : undefined;
  const kept =
    original && familyOf(original.kind) === familyOf(column.kind)
      ? Object.fromEntries(Object.entries(original).filter(([name]) => !builderOwned.includes(name)))
      : {};
  const visibleWhen = toVisibleWhen(column, original);
  const field: Record<string, unknown> = {
    kind: column.kind,
    key: column.key.trim(),
    label: column.label.trim().normalize('NFC'),
    ...(column.required && !unrequirableKinds.has(column.kind) ? { required: true } : {}),
    ...(column.help.trim() ? { help: column.help.trim().normalize('NFC') } : {}),
    ...(visibleWhen ? { visibleWhen } : {}),
    ...kept,
  };
  if (choiceKinds.has(column.kind)) field.options = parseOptions(column.options);
  if (numberKinds.has(column.kind)) {
    const [min, max] = [parseNumber(column.min), parseNumber(column.max)];
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
  }
  if (column.kind === 'table') {
    field.columns = columns.map((c) => toField(c));
    const table = column as BuilderInner;
    if (table.rowLabel.trim()) field.rowLabel = table.rowLabel.trim().normalize('NFC');
    if (table.maxRows.trim()) field.maxRows = Number(table.maxRows.trim());
  }
  if (column.kind === 'group')
    field.fields = fields
      ? fields.map((f) => toField(f, f.columns))
      : original?.kind === 'group'
        ? original.fields
        : [];
  return field as unknown as FormField;
}

/** The form the builder describes, to be checked by the plan or report form schema. */
export function toFormDefinition(form: BuilderForm): FormDefinition {
  return { schemaVersion: 1, fields: form.fields.map((field) => toField(field, field.columns, field.fields)) };
}
