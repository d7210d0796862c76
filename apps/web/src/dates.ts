import { formatVnDate, vnDateOf } from '@cascade/domain';

/** Dates cross tRPC as ISO strings (no transformer), but accept Date too. */
export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** dd/mm/yyyy of the instant in Vietnam time; '—' when there is none. */
export function formatVnDay(value: Date | string | null | undefined): string {
  const date = toDate(value);
  return date ? formatVnDate(vnDateOf(date)) : '—';
}

export const todayInVietnam = () => vnDateOf(new Date());
