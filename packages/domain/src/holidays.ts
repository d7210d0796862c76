import Holidays from 'date-holidays';
import { addDays, vnDateOf, vnInstant, type IsoDate } from './time';
import { isWeekend, type WorkingCalendar } from './workingCalendar';

export interface CalendarAdjustments {
  /** Days off the administrator adds, e.g. Tết bridge days or the day beside 2/9 the Prime Minister decides. */
  daysOff?: readonly IsoDate[];
  /** Make-up working days (làm bù), working even on a Saturday or Sunday. */
  workingDays?: readonly IsoDate[];
}

/** Saturdays, Sundays and Vietnam's public holidays are days off, with the administrator's adjustments on top. */
export function vietnamCalendar(extra: CalendarAdjustments = {}): WorkingCalendar {
  const daysOff = new Set(extra.daysOff);
  const workingDays = new Set(extra.workingDays);
  return {
    isDayOff(date) {
      if (workingDays.has(date)) return false;
      return daysOff.has(date) || isWeekend(date) || isPublicHoliday(date);
    },
  };
}

export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidaysOf(Number(date.slice(0, 4))).has(date);
}

const holidaysByYear = new Map<number, Set<IsoDate>>();
const vietnam = new Holidays('VN', { timezone: 'Asia/Ho_Chi_Minh' });

/** date-holidays marks VN days 'public' or 'observance'; only 'public' ones are days off. Tết spans several days. */
export function publicHolidaysOf(year: number): ReadonlySet<IsoDate> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    dates = new Set();
    for (const holiday of vietnam.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      for (let day = vnDateOf(holiday.start); vnInstant(day) < holiday.end; day = addDays(day, 1)) dates.add(day);
    }
    holidaysByYear.set(year, dates);
  }
  return dates;
}
