/** What a report may say for an indicator: never below 0, at most `max` (a rate in % at most 100), or left blank. */
export interface IndicatorBounds {
  label: string;
  /** Đơn vị tính, e.g. "%", "cuộc", "mô hình". */
  unit?: string;
  max?: number | null;
  required?: boolean;
}

/** The upper bound: the template's, or 100 for a rate in per cent; null for none. */
export function indicatorMax(indicator: IndicatorBounds): number | null {
  if (indicator.max !== undefined && indicator.max !== null) return indicator.max;
  return indicator.unit?.trim() === '%' ? 100 : null;
}

const numberText = (n: number) => String(n).replace('.', ',');

/** "từ 0 đến 100 %" — how the form and its messages state the range. */
export function indicatorRangeText(indicator: IndicatorBounds): string {
  const max = indicatorMax(indicator);
  const unit = indicator.unit?.trim() ? ` ${indicator.unit.trim()}` : '';
  return max === null ? `từ 0${unit} trở lên` : `từ 0 đến ${numberText(max)}${unit}`;
}

/** The message for a value the indicator refuses, null when it is fine. */
export function indicatorValueError(indicator: IndicatorBounds, value: number | null): string | null {
  if (value === null) return indicator.required ? `Nhập ${indicator.label} (bắt buộc)` : null;
  const max = indicatorMax(indicator);
  if (value < 0 || (max !== null && value > max)) return `${indicator.label} phải ${indicatorRangeText(indicator)}`;
  return null;
}
