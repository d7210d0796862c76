import type { CalendarDay, StoredSchedule, TemplateDefinition } from '@cascade/db';
import { expandRounds, issuerDueOn, levelDueOn } from '@cascade/domain';
import { vietnamCalendar } from '@cascade/domain/holidays';

/** Deepest level a cascade reaches: province → district → commune → office. */
const maxLevel = 4;

/** The plan year's rounds with each level's due date, worked out once when the plan is created. */
export function buildSchedule(definition: TemplateDefinition, year: number, calendarDays: CalendarDay[] = []): StoredSchedule {
  const calendar = vietnamCalendar({
    daysOff: [...definition.daysOff, ...calendarDays.filter((d) => d.kind === 'dayOff').map((d) => d.date)],
    workingDays: [...definition.workingDays, ...calendarDays.filter((d) => d.kind === 'workingDay').map((d) => d.date)],
  });
  const specs = definition.rounds.map(({ dueMonthDay, ...spec }) => (dueMonthDay ? { ...spec, dueOn: `${year}-${dueMonthDay}` } : spec));
  const rounds = expandRounds(year, specs).map((round) => ({
    ...round,
    dueOnByLevel: Array.from({ length: maxLevel }, (_, i) =>
      levelDueOn(round.dueOn, i + 1, definition.leadDays, definition.workingDayAdjust, calendar),
    ),
    consolidatedBy: issuerDueOn(round.dueOn, definition.leadDays, definition.workingDayAdjust, calendar),
  }));
  return { rounds, remindDaysBefore: definition.remindDaysBefore, indicators: definition.indicators };
}

export function targetsOf(definition: TemplateDefinition): Record<string, number | null> {
  return Object.fromEntries(definition.indicators.map((i) => [i.key, i.target]));
}
