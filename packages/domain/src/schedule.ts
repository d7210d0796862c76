import { cutoffOf, type Cutoff, type ReportPeriod } from './cutoff';
import { cutoffFittingDueDate } from './roundPeriod';
import { isIsoDate, isoDateOf, type IsoDate } from './time';

export type ReviewKind = 'midYear' | 'annual';

/**
 * One line of a template's report schedule. Either a single round due on `dueOn`, or, with
 * `every: 'month'` and `dueDay`, twelve monthly rounds: the report for month m is due on day
 * `dueDay` of month m itself, right after its cut-off closes on the 14th ("hằng tháng trước ngày 15").
 * `index` picks which month (1–12), quarter (1–4) or half (1–2) a single round reports on;
 * `cutoff` replaces the Decree 09/2019 cut-off when the plan sets its own. Without it, a round due before the
 * Decree's period closes reports up to the 14th before its due date (`cutoffFittingDueDate`).
 */
export interface RoundSpec {
  key: string;
  label: string;
  period: ReportPeriod;
  dueOn?: IsoDate;
  every?: 'month';
  dueDay?: number;
  index?: number;
  cutoff?: Cutoff;
  review?: ReviewKind;
}

export interface Round {
  key: string;
  label: string;
  period: ReportPeriod;
  review?: ReviewKind;
  dueOn: IsoDate;
  cutoff: Cutoff;
}

/** The year's report rounds, earliest due first (rounds due the same day keep the schedule's order). */
export function expandRounds(year: number, specs: readonly RoundSpec[]): Round[] {
  const rounds = specs.flatMap((spec) =>
    spec.every === 'month' ? monthlyRounds(year, spec) : [singleRound(year, spec)],
  );
  assertUniqueKeys(rounds);
  return rounds.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

function monthlyRounds(year: number, spec: RoundSpec): Round[] {
  const { dueDay } = spec;
  if (spec.period !== 'month') throw new Error(`Kỳ báo cáo ${spec.key}: báo cáo hằng tháng phải có loại kỳ là tháng`);
  if (dueDay === undefined || !Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) {
    throw new Error(`Kỳ báo cáo ${spec.key}: báo cáo hằng tháng cần ngày hạn nộp từ 1 đến 31`);
  }
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const dueOn = isoDateOf(year, month, Math.min(dueDay, daysInMonth(year, month)));
    return withReview(spec, {
      key: `${spec.key}-${String(month).padStart(2, '0')}`,
      label: `Báo cáo tháng ${month}`,
      period: 'month',
      dueOn,
      cutoff: cutoffFittingDueDate(cutoffOf(year, 'month', month), dueOn),
    });
  });
}

function singleRound(year: number, spec: RoundSpec): Round {
  if (!isIsoDate(spec.dueOn)) {
    throw new Error(
      `Kỳ báo cáo ${spec.key}: ${spec.dueOn === undefined ? 'chưa có hạn nộp' : `hạn nộp ${spec.dueOn} không phải là ngày có thật (YYYY-MM-DD)`}`,
    );
  }
  if ((spec.period === 'month' || spec.period === 'quarter') && spec.index === undefined && !spec.cutoff) {
    throw new Error(
      `Kỳ báo cáo ${spec.key}: báo cáo ${spec.period === 'month' ? 'một tháng' : 'một quý'} cần thứ tự kỳ (${spec.period === 'month' ? 'tháng' : 'quý'} thứ mấy)`,
    );
  }
  return withReview(spec, {
    key: spec.key,
    label: spec.label,
    period: spec.period,
    dueOn: spec.dueOn,
    cutoff: spec.cutoff ?? cutoffFittingDueDate(cutoffOf(year, spec.period, spec.index ?? 1), spec.dueOn),
  });
}

function withReview(spec: RoundSpec, round: Round): Round {
  return spec.review ? { ...round, review: spec.review } : round;
}

function daysInMonth(year: number, month: number): number {
  return Number(isoDateOf(year, month + 1, 0).slice(8));
}

function assertUniqueKeys(rounds: readonly Round[]): void {
  const seen = new Set<string>();
  for (const { key } of rounds) {
    if (seen.has(key)) throw new Error(`Hai kỳ báo cáo trùng mã ${key}`);
    seen.add(key);
  }
}
