import { endOfVnDay, type IsoDate, reminderDates, vnInstant } from '@cascade/domain';
import type { ObligationRef, PlanActivities } from './activities';
import type { Clock } from './clock';

const reminderHour = 8;

/** Reminders at the template's offsets (08:00) while nothing is submitted, then escalation at 23:59 of the due date. */
export async function watchDeadline(
  clock: Clock,
  activities: PlanActivities,
  ref: ObligationRef,
  dueOn: IsoDate,
  remindDaysBefore: number[],
  isDone: () => boolean,
): Promise<void> {
  for (const on of reminderDates(dueOn, remindDaysBefore)) {
    const at = vnInstant(on, reminderHour).getTime();
    if (at < clock.now()) continue;
    if (await clock.waitUntil(at, isDone)) return;
    await activities.sendReminder({ ...ref, dueOn, on });
  }
  if (await clock.waitUntil(endOfVnDay(dueOn).getTime(), isDone)) return;
  await activities.escalateOverdue({ ...ref, dueOn, at: clock.nowIso() });
}
