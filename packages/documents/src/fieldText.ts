import { formatVnDate } from '@cascade/domain';
import type { FileValue, FormField } from '@cascade/forms';

export interface UnitName {
  id: string;
  name: string;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A stored form value as the document prints it; "" when there is none. */
export function fieldText(field: FormField, value: unknown, units: readonly UnitName[]): string {
  if (isEmpty(value)) return '';
  switch (field.kind) {
    case 'number':
    case 'integer':
    case 'computed':
      return typeof value === 'number'
        ? `${value.toLocaleString('vi-VN', { maximumFractionDigits: 6 })}${field.unit ? ` ${field.unit}` : ''}`
        : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatVnDate(value) : String(value);
    case 'singleChoice':
    case 'multipleChoice':
      return [value]
        .flat()
        .map((v) => field.options.find((o) => o.value === v)?.label ?? String(v))
        .join('; ');
    case 'unit':
      return [value]
        .flat()
        .map((v) => units.find((u) => u.id === v)?.name ?? String(v))
        .join('; ');
    case 'file':
      return `Tệp đính kèm: ${(value as FileValue).name}`;
    case 'table':
    case 'group':
      return '';
    default:
      return String(value);
  }
}
