import type { Kysely } from 'kysely';
import type { CalendarDay, Database } from '../schema';

export function listCalendarDays(db: Kysely<Database>): Promise<CalendarDay[]> {
  return db.selectFrom('calendar_days').selectAll().orderBy('date').execute();
}

export async function setCalendarDay(db: Kysely<Database>, day: CalendarDay): Promise<void> {
  await db
    .insertInto('calendar_days')
    .values(day)
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: day.kind, note: day.note }))
    .execute();
}

export async function removeCalendarDay(db: Kysely<Database>, date: string): Promise<void> {
  await db.deleteFrom('calendar_days').where('date', '=', date).execute();
}
