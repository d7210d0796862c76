import type { Cutoff } from './cutoff';
import { formatVnDate, isoDateOf, type IsoDate } from './time';

const CUTOFF_DAY = 14;

/** The last cut-off day (a 14th) strictly before `dueOn`: the last day whose data a report due then can hold. */
export function cutoffDayBefore(dueOn: IsoDate): IsoDate {
  const [year, month, day] = dueOn.split('-').map(Number) as [number, number, number];
  return day > CUTOFF_DAY ? isoDateOf(year, month, CUTOFF_DAY) : isoDateOf(year, month - 1, CUTOFF_DAY);
}

/** A report due on or before the day its data period closes cannot hold that period. */
export const isDueBeforeCutoffEnds = (dueOn: IsoDate, cutoff: Cutoff) => dueOn <= cutoff.to;

/**
 * The period a round due on `dueOn` can really report: the rule's own when it closes before the due date; otherwise
 * it ends on the 14th before the due date (a period of at least one month).
 */
export function cutoffFittingDueDate(rule: Cutoff, dueOn: IsoDate): Cutoff {
  if (!isDueBeforeCutoffEnds(dueOn, rule)) return rule;
  const to = cutoffDayBefore(dueOn);
  if (rule.from <= to) return { from: rule.from, to };
  const [year, month] = to.split('-').map(Number) as [number, number];
  return { from: isoDateOf(year, month - 1, CUTOFF_DAY + 1), to };
}

/**
 * An ad hoc report covers the plan year up to the day it was asked for; asked before the year began, it reports the
 * situation on that day.
 */
export function adhocCutoff(year: number, requestedOn: IsoDate): Cutoff {
  const yearStart = isoDateOf(year, 1, 1);
  return { from: yearStart <= requestedOn ? yearStart : requestedOn, to: requestedOn };
}

/** A report's form opens when its period starts, not months before. */
export const isRoundOpen = (cutoff: Cutoff, today: IsoDate) => cutoff.from <= today;

/** The day a report's form opens, or null once it is open. */
export const roundOpensOn = (cutoff: Cutoff, today: IsoDate): IsoDate | null =>
  isRoundOpen(cutoff, today) ? null : cutoff.from;

/** What an official sees of a report that cannot be sent yet. */
export const roundNotOpenNotice = (opensOn: IsoDate) => `Chưa đến kỳ báo cáo — mở từ ${formatVnDate(opensOn)}`;

/** The sentence the template editor shows for a round due before its data period closes. */
export function dueBeforeCutoffWarning(label: string, dueOn: IsoDate, rule: Cutoff, applied: Cutoff): string {
  const period = `${formatVnDate(rule.from)} – ${formatVnDate(rule.to)}`;
  return applied === rule
    ? `${label}: hạn nộp ${formatVnDate(dueOn)} trước khi kỳ số liệu ${period} kết thúc. Hãy dời hạn nộp sau ngày ${formatVnDate(rule.to)} hoặc sửa kỳ số liệu.`
    : `${label}: hạn nộp ${formatVnDate(dueOn)} trước khi kỳ số liệu theo Nghị định 09/2019 (${period}) kết thúc; kỳ báo cáo được lấy đến ngày ${formatVnDate(applied.to)} (${formatVnDate(applied.from)} – ${formatVnDate(applied.to)}). Hãy dời hạn nộp hoặc đặt kỳ số liệu riêng nếu cần khác.`;
}
