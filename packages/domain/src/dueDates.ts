import { addDays, endOfVnDay, type IsoDate } from './time';
import { adjustToWorkingDay, weekendCalendar, type WorkingCalendar, type WorkingDayAdjust } from './workingCalendar';

/**
 * Due date of a unit `level` steps below the issuer. The template's date binds level 1 (the issuer's
 * direct subordinates); each level further down is due `leadDays` calendar days before the adjusted
 * due date of the level above, so it reports before its superior has to consolidate.
 */
export function levelDueOn(
  firstLevelDueOn: IsoDate,
  level: number,
  leadDays = 5,
  adjust: WorkingDayAdjust = 'none',
  calendar: WorkingCalendar = weekendCalendar,
): IsoDate {
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`Levels start at 1, got ${level}`);
  let dueOn = adjustToWorkingDay(firstLevelDueOn, adjust, calendar);
  for (let current = 1; current < level; current += 1) {
    dueOn = adjustToWorkingDay(addDays(dueOn, -leadDays), adjust, calendar);
  }
  return dueOn;
}

/**
 * When the issuer's own consolidated report for a round is due: `leadDays` after its direct
 * subordinates' due date, the same lead the levels below keep under each other.
 */
export function issuerDueOn(
  firstLevelDueOn: IsoDate,
  leadDays = 5,
  adjust: WorkingDayAdjust = 'none',
  calendar: WorkingCalendar = weekendCalendar,
): IsoDate {
  return adjustToWorkingDay(addDays(adjustToWorkingDay(firstLevelDueOn, adjust, calendar), leadDays), adjust, calendar);
}

/** "Trước ngày X": on time when it arrives by 23:59 Vietnam time on X. */
export function isSubmittedOnTime(submittedAt: Date, dueOn: IsoDate): boolean {
  return submittedAt.getTime() <= endOfVnDay(dueOn).getTime();
}

/** The days to remind on, earliest first, once each. */
export function reminderDates(dueOn: IsoDate, remindDaysBefore: readonly number[]): IsoDate[] {
  const dates = new Set(remindDaysBefore.map((days) => addDays(dueOn, -days)));
  return [...dates].sort();
}
