/** A calendar day in Vietnam, 'YYYY-MM-DD'. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
// Asia/Ho_Chi_Minh has been a fixed UTC+07:00 since 1975, so no time-zone database is needed.
const VN_OFFSET_MS = 7 * 3_600_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(s);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return toIsoDate(Date.UTC(year, month - 1, day)) === s;
}

/** Builds an IsoDate from parts; month and day overflow the way Date.UTC does (day 0 = last day of the previous month). */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return toIsoDate(Date.UTC(year, month - 1, day));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(utcMidnight(date) + days * MS_PER_DAY);
}

/** b - a, in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / MS_PER_DAY);
}

export function vnDateOf(instant: Date): IsoDate {
  return toIsoDate(instant.getTime() + VN_OFFSET_MS);
}

export function vnInstant(date: IsoDate, hour = 0, minute = 0): Date {
  return new Date(utcMidnight(date) + (hour * 60 + minute) * 60_000 - VN_OFFSET_MS);
}

export function endOfVnDay(date: IsoDate): Date {
  return new Date(vnInstant(addDays(date, 1)).getTime() - 1);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

/** 'dd/mm/yyyy', the way Vietnamese documents write dates. */
export function formatVnDate(date: IsoDate): string {
  assertIsoDate(date);
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function utcMidnight(date: IsoDate): number {
  assertIsoDate(date);
  return Date.parse(`${date}T00:00:00Z`);
}

function assertIsoDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function toIsoDate(utcMs: number): IsoDate {
  return new Date(utcMs).toISOString().slice(0, 10);
}
