import { isoDateOf, type IsoDate } from './time';

export type ReportPeriod = 'month' | 'quarter' | 'half' | 'nine-months' | 'year';

/** The span of days a report covers, both ends included. */
export interface Cutoff {
  from: IsoDate;
  to: IsoDate;
}

const CUTOFF_DAY = 14;

/**
 * Data cut-off of Decree 09/2019/NĐ-CP art. 12: from the 15th of the month before the period
 * to the 14th of its last month. `index` is 1-based: month 1–12, quarter 1–4, half 1–2;
 * 'nine-months' and 'year' have only index 1.
 */
export function cutoffOf(year: number, period: ReportPeriod, index = 1): Cutoff {
  const [firstMonth, lastMonth] = monthsOf(period, index);
  return {
    from: isoDateOf(year, firstMonth - 1, CUTOFF_DAY + 1),
    to: isoDateOf(year, lastMonth, CUTOFF_DAY),
  };
}

const periodNames: Record<ReportPeriod, string> = {
  month: 'tháng',
  quarter: 'quý',
  half: '6 tháng',
  'nine-months': '9 tháng',
  year: 'năm',
};

function monthsOf(period: ReportPeriod, index: number): [number, number] {
  const count = { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 }[period];
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(`Báo cáo ${periodNames[period]} không có kỳ thứ ${index}`);
  }
  switch (period) {
    case 'month':
      return [index, index];
    case 'quarter':
      return [index * 3 - 2, index * 3];
    case 'half':
      return [index * 6 - 5, index * 6];
    case 'nine-months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}
