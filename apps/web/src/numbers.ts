// Made on first use: the first Intl formatter of a page loads the locale's data, which pages without numbers skip.
let vietnameseNumber: Intl.NumberFormat | undefined;
let vietnamesePercent: Intl.NumberFormat | undefined;

/** A number as Vietnamese readers write it: dots between thousands, a decimal comma (1.234.567,5). */
export const formatVnNumber = (value: number) =>
  (vietnameseNumber ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })).format(value);

/** An indicator value as Vietnamese readers write it (1.234,5); '—' when the unit gave none. */
export function formatIndicatorValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatVnNumber(value);
}

/** A ratio as a Vietnamese percentage: 0.925 → "92,5%". */
export const formatPercent = (ratio: number) => {
  vietnamesePercent ??= new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${vietnamesePercent.format(ratio * 100)}%`;
};

/** What a number field shows for a value, written the Vietnamese way so it reads back as shown (1.234,5). */
export function toNumberInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatVnNumber(value);
}

/** Thousands grouped by dots (1.234 or 1.234.567,5): dots are never a decimal point there. */
const groupedThousands = /^\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * Reads what a Vietnamese user types: "1.234.567,5", "92,5", or a plain "92.5"; null for an empty field or anything
 * that is not a non-negative number.
 */
export function parseNumberInput(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (groupedThousands.test(trimmed)) return Number(trimmed.replace(/\./g, '').replace(',', '.'));
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}
