import { formatVnDate } from '@cascade/domain';
import type { FormField } from '../definition';
import { formatBytes, isFileValue, isInlineFileValue } from '../fieldValues';
import type { UnitOption } from './unitOptions';

export const formatNumber = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 6 });

/** A stored value as a reader sees it; "—" when there is none. */
export function formatValue(field: FormField, value: unknown, units: readonly UnitOption[]): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  switch (field.kind) {
    case 'number':
    case 'integer':
    case 'computed':
      return typeof value === 'number' ? `${formatNumber(value)}${field.unit ? ` ${field.unit}` : ''}` : String(value);
    case 'date':
      return typeof value === 'string' ? formatVnDate(value) : String(value);
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
      return isFileValue(value) || isInlineFileValue(value) ? `${value.name} (${formatBytes(value.size)})` : '—';
    default:
      return String(value);
  }
}
