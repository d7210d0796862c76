import { scheduleWarnings } from '@cascade/domain';
import type { TemplateRound } from './adminTypes';

/** The schedule's period/due-date warnings for `year`; a schedule that does not yet make rounds warns nothing. */
export function roundPeriodWarnings(rounds: readonly TemplateRound[], year: number): string[] {
  const specs = rounds.map(({ dueMonthDay, ...spec }) =>
    dueMonthDay ? { ...spec, dueOn: `${year}-${dueMonthDay}` } : spec,
  );
  try {
    return scheduleWarnings(year, specs);
  } catch {
    return [];
  }
}
