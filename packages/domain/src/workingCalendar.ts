import { addDays, dayOfWeek, type IsoDate } from './time';

export interface WorkingCalendar {
  isDayOff(date: IsoDate): boolean;
}

/** How a due date that falls on a day off moves: not at all, to the previous or to the next working day. */
export type WorkingDayAdjust = 'none' | 'previous' | 'next';

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Saturdays and Sundays off, no holidays: the light calendar for workflow code. */
export const weekendCalendar: WorkingCalendar = { isDayOff: isWeekend };

// Tết with bridge days is the longest break, about ten days; a month of days off means a broken calendar.
const MAX_DAYS_OFF_IN_A_ROW = 31;

export function adjustToWorkingDay(
  date: IsoDate,
  adjust: WorkingDayAdjust,
  calendar: WorkingCalendar = weekendCalendar,
): IsoDate {
  if (adjust === 'none') return date;
  const step = adjust === 'previous' ? -1 : 1;
  let day = date;
  for (let moved = 0; calendar.isDayOff(day); moved += 1) {
    if (moved >= MAX_DAYS_OFF_IN_A_ROW) throw new RangeError(`No working day within a month of ${date}`);
    day = addDays(day, step);
  }
  return day;
}
