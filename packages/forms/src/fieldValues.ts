import type {
  ChoiceField,
  FileField,
  FileValue,
  FormContext,
  InlineFileValue,
  LongTextField,
  NumberField,
  ShortTextField,
  UnitPickerField,
} from './definition';
import { matchesPattern } from './pattern';
import { nameOf } from './scope';

/** One field's value as stored, or why it cannot be. */
export type Read<T = unknown> = { value: T } | { error: string };

export const isEmpty = (raw: unknown): boolean =>
  raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);
const missing = (label: string) => ({ error: `${nameOf(label)} không được để trống` });

export function readText(field: ShortTextField | LongTextField, raw: unknown): Read<string> {
  if (!isEmpty(raw) && typeof raw !== 'string') return { error: `${nameOf(field.label)} phải là văn bản` };
  const text = ((raw as string | null | undefined) ?? '').trim().normalize('NFC');
  const max = field.maxLength ?? (field.kind === 'shortText' ? 1_000 : 20_000);
  if (text === '') return field.required ? missing(field.label) : { value: '' };
  if (text.length > max) return { error: `${nameOf(field.label)} quá dài (tối đa ${max} ký tự)` };
  if (field.kind === 'shortText' && field.pattern && !matchesPattern(field.pattern.regex, text))
    return { error: field.pattern.message };
  return { value: text };
}

export function readNumber(field: NumberField, raw: unknown): Read<number | null> {
  const name = nameOf(field.label);
  if (isEmpty(raw)) return field.required ? missing(field.label) : { value: null };
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return { error: `${name} phải là số` };
  if (field.kind === 'integer' && !Number.isInteger(raw)) return { error: `${name} phải là số nguyên` };
  if (field.min !== undefined && raw < field.min) return { error: `${name} không được nhỏ hơn ${field.min}` };
  if (field.max !== undefined && raw > field.max) return { error: `${name} không được lớn hơn ${field.max}` };
  return { value: raw };
}

export function readDate(field: { label: string; required?: boolean }, raw: unknown): Read<string | null> {
  if (isEmpty(raw)) return field.required ? missing(field.label) : { value: null };
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw))
    return { error: `${nameOf(field.label)} phải có dạng YYYY-MM-DD` };
  const parsed = new Date(`${raw}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(raw))
    return { error: `${nameOf(field.label)}: ngày không hợp lệ` };
  return { value: raw };
}

export function readChoice(field: ChoiceField, raw: unknown): Read<string | string[] | null> {
  const allowed = new Set(field.options.map((o) => o.value));
  return readPick(
    field,
    raw,
    field.kind === 'multipleChoice',
    allowed,
    `${nameOf(field.label)}: lựa chọn không hợp lệ`,
  );
}

export function readUnit(field: UnitPickerField, raw: unknown, context: FormContext): Read<string | string[] | null> {
  return readPick(
    field,
    raw,
    field.multiple === true,
    new Set(context.unitIds),
    `${nameOf(field.label)}: đơn vị không hợp lệ hoặc nằm ngoài phạm vi được chọn`,
  );
}

function readPick(
  field: { label: string; required?: boolean },
  raw: unknown,
  isMultiple: boolean,
  allowed: Set<string>,
  invalid: string,
): Read<string | string[] | null> {
  if (isEmpty(raw)) return field.required ? missing(field.label) : { value: isMultiple ? [] : null };
  const picked = isMultiple ? raw : [raw];
  if (!Array.isArray(picked) || !picked.every((v): v is string => typeof v === 'string' && allowed.has(v)))
    return { error: invalid };
  return { value: isMultiple ? [...new Set(picked)] : picked[0]! };
}

export function readFile(field: FileField, raw: unknown): Read<FileValue | null> {
  const name = nameOf(field.label);
  if (isEmpty(raw)) return field.required ? missing(field.label) : { value: null };
  if (isInlineFileValue(raw)) return { error: `${name}: tệp "${raw.name}" cần được tải lên lại` };
  if (!isFileValue(raw)) return { error: `${name}: tệp đính kèm không hợp lệ; hãy chọn lại tệp` };
  if (!field.accept.includes(raw.contentType))
    return {
      error: `${name}: loại tệp ${raw.contentType || 'không rõ'} không được phép (chỉ nhận ${field.accept.join(', ')})`,
    };
  if (raw.size > field.maxBytes) return { error: `${name}: tệp vượt quá ${formatBytes(field.maxBytes)}` };
  return {
    value: { id: raw.id, name: raw.name.trim().normalize('NFC'), contentType: raw.contentType, size: raw.size },
  };
}

const hasOnlyKeys = (value: object, keys: readonly string[]) => Object.keys(value).every((k) => keys.includes(k));

const hasFileFacts = (file: Record<string, unknown>) =>
  typeof file.name === 'string' &&
  file.name.trim().length > 0 &&
  file.name.length <= 255 &&
  typeof file.contentType === 'string' &&
  typeof file.size === 'number' &&
  Number.isInteger(file.size) &&
  file.size >= 0;

/** A reference to a file the server stores: what a form's values hold. */
export function isFileValue(raw: unknown): raw is FileValue {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const file = raw as Record<string, unknown>;
  return (
    hasOnlyKeys(file, ['id', 'name', 'contentType', 'size']) &&
    typeof file.id === 'string' &&
    /^[A-Za-z0-9-]{8,64}$/.test(file.id) &&
    hasFileFacts(file)
  );
}

/** A file stored inline by older versions (before files were stored apart). */
export function isInlineFileValue(raw: unknown): raw is InlineFileValue {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const file = raw as Record<string, unknown>;
  return (
    hasOnlyKeys(file, ['name', 'contentType', 'size', 'dataBase64']) &&
    typeof file.dataBase64 === 'string' &&
    hasFileFacts(file)
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
