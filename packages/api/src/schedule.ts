import type { CalendarDay, StoredSchedule, TemplateDefinition } from '@cascade/db';
import { addDays, adjustToWorkingDay, expandRounds, issuerDueOn, levelDueOn } from '@cascade/domain';
import { vietnamCalendar } from '@cascade/domain/holidays';

/** Deepest level a cascade reaches: province → district → commune → office. */
const maxLevel = 4;

/** The plan year's rounds with each level's due date, worked out once when the plan is created. */
export function buildSchedule(
  definition: TemplateDefinition,
  year: number,
  calendarDays: CalendarDay[] = [],
): StoredSchedule {
  const calendar = calendarOf(definition, calendarDays);
  const specs = definition.rounds.map(({ dueMonthDay, cutoffMonthDays, ...spec }) => ({
    ...spec,
    ...(dueMonthDay && { dueOn: `${year}-${dueMonthDay}` }),
    ...(cutoffMonthDays && {
      cutoff: {
        from: `${cutoffMonthDays.fromPreviousYear ? year - 1 : year}-${cutoffMonthDays.from}`,
        to: `${year}-${cutoffMonthDays.to}`,
      },
    }),
  }));
  const rounds = expandRounds(year, specs).map((round) => ({
    ...round,
    dueOnByLevel: Array.from({ length: maxLevel }, (_, i) =>
      levelDueOn(round.dueOn, i + 1, definition.leadDays, definition.workingDayAdjust, calendar),
    ),
    consolidatedBy: issuerDueOn(round.dueOn, definition.leadDays, definition.workingDayAdjust, calendar),
  }));
  return { rounds, remindDaysBefore: definition.remindDaysBefore, indicators: definition.indicators };
}

/**
 * A sub-plan's own lead time: its direct subordinates (level + 1) report `leadDays` before the unit's own due date;
 * the levels further down keep the template's lead, each from the adjusted date above it.
 */
export function withSubordinateLeadDays(
  schedule: StoredSchedule,
  level: number,
  leadDays: number,
  definition: TemplateDefinition,
  calendarDays: CalendarDay[] = [],
): StoredSchedule {
  const calendar = calendarOf(definition, calendarDays);
  const rounds = schedule.rounds.map((round) => {
    const dueOnByLevel = [...round.dueOnByLevel];
    // Index i binds level i + 1: the unit itself sits at index level - 1.
    for (let i = level; i < dueOnByLevel.length; i += 1) {
      const lead = i === level ? leadDays : definition.leadDays;
      dueOnByLevel[i] = adjustToWorkingDay(addDays(dueOnByLevel[i - 1]!, -lead), definition.workingDayAdjust, calendar);
    }
    return { ...round, dueOnByLevel };
  });
  return { ...schedule, rounds };
}

function calendarOf(definition: TemplateDefinition, calendarDays: CalendarDay[]) {
  return vietnamCalendar({
    daysOff: [...definition.daysOff, ...calendarDays.filter((d) => d.kind === 'dayOff').map((d) => d.date)],
    workingDays: [...definition.workingDays, ...calendarDays.filter((d) => d.kind === 'workingDay').map((d) => d.date)],
  });
}

export function targetsOf(definition: TemplateDefinition): Record<string, number | null> {
  return Object.fromEntries(definition.indicators.map((i) => [i.key, i.target]));
}
