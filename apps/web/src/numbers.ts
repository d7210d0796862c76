const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** An indicator value as Vietnamese readers write it (92,5); '—' when the unit gave none. */
export function formatIndicatorValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : vietnameseNumber.format(value);
}

/** What a number field shows for a value: a decimal comma, no thousands separator, so it reads back as typed. */
export function toNumberInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(Math.round(value * 100) / 100).replace('.', ',');
}

/** Reads "92,5" or "92.5"; null for an empty field or anything that is not a plain non-negative number. */
export function parseNumberInput(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}
