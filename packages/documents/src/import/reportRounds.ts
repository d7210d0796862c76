import { parseVietnameseDate } from './vietnameseDates';

export type RoundPeriod = 'month' | 'quarter' | 'half' | 'nine-months' | 'year';

export interface ImportedRound {
  period: RoundPeriod;
  /** yyyy-mm-dd; null for a monthly round, which falls due each month on `dayOfMonth`. */
  dueOn: string | null;
  dayOfMonth?: number;
}

const PERIOD = String.raw`(?:hằng|hàng)\s+tháng|(?:hằng|hàng)\s+quý|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|cả\s+năm|\d{1,2}\s+năm|(?:hằng|hàng)\s+năm|quý`;
const ROUNDS = new RegExp(
  String.raw`((?:${PERIOD})(?:\s*(?:,|và)\s*(?:${PERIOD}))*)\s*\(\s*(?:trước|chậm nhất|không quá)(?:\s+ngày)?\s+([^)]+)\)`,
  'giu',
);

function periodOf(text: string): RoundPeriod | null {
  const t = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (/^(hằng|hàng) tháng$/.test(t)) return 'month';
  if (/quý$/.test(t)) return 'quarter';
  const months = /^(\d{1,2}) tháng/.exec(t);
  if (months)
    return ({ 3: 'quarter', 6: 'half', 9: 'nine-months', 12: 'year' } as const)[Number(months[1]) as 3] ?? null;
  if (/năm$/.test(t)) return 'year';
  return null;
}

/** "10 tháng 3,6,9/2026" → one date per month; "10/5/2024" → one; "15" → a day of the month only. */
function dueDatesOf(text: string, year: number | null): { dates: (string | null)[]; day: number | null } {
  const t = text.replace(/\s+/g, ' ').trim();
  const months = /^(\d{1,2}) tháng ((?:\d{1,2}\s*,\s*)+\d{1,2})(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?/u.exec(t);
  if (months) {
    const y = Number(months[3] ?? months[4]) || year;
    return {
      dates: months[2]!.split(',').map((m) => parseVietnameseDate(`${months[1]}/${m.trim()}${y ? `/${y}` : ''}`, y)),
      day: null,
    };
  }
  const date = parseVietnameseDate(t, year);
  if (date) return { dates: [date], day: null };
  const day = /^(\d{1,2})$/.exec(t);
  return { dates: [], day: day ? Number(day[1]) : null };
}

/**
 * Report rounds from the plan's phrases: "định kỳ 06 tháng (trước ngày 10/5/2024), 01 năm (trước ngày 30/10/2024)",
 * "hằng tháng (trước ngày 15) và cả năm (trước ngày 15 tháng 12)", "3 tháng, 6 tháng, 9 tháng (trước ngày 10 tháng
 * 3,6,9/2026)". Partial dates take the plan's year.
 */
export function findReportRounds(text: string, year: number | null): ImportedRound[] {
  const rounds: ImportedRound[] = [];
  for (const match of text.matchAll(ROUNDS)) {
    const periods = match[1]!.split(/\s*(?:,|và)\s*/u).map(periodOf);
    const { dates, day } = dueDatesOf(match[2]!, year);
    periods.forEach((period, i) => {
      if (!period) return;
      if (period === 'month') {
        rounds.push({ period, dueOn: null, ...(day !== null && { dayOfMonth: day }) });
        return;
      }
      const dueOn = dates.length === periods.length ? dates[i]! : dates.length === 1 ? dates[0]! : null;
      rounds.push({ period, dueOn });
    });
  }
  const seen = new Set<string>();
  return rounds.filter((r) => {
    const key = `${r.period}|${r.dueOn}|${r.dayOfMonth ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
