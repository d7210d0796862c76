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

export function listProvinceCalendarDays(db: Kysely<Database>, provinceId: string): Promise<CalendarDay[]> {
  return db
    .selectFrom('province_calendar_days')
    .select(['date', 'kind', 'note'])
    .where('province_id', '=', provinceId)
    .orderBy('date')
    .execute();
}

/** The calendar the deadlines of a province's units follow: the national one, the province's own days winning. */
export async function listCalendarDaysOf(db: Kysely<Database>, provinceId: string | null): Promise<CalendarDay[]> {
  const national = await listCalendarDays(db);
  if (!provinceId) return national;
  const own = await listProvinceCalendarDays(db, provinceId);
  const ownDates = new Set(own.map((d) => d.date));
  return [...national.filter((d) => !ownDates.has(d.date)), ...own].sort((a, b) => a.date.localeCompare(b.date));
}

export async function setProvinceCalendarDay(
  db: Kysely<Database>,
  provinceId: string,
  day: CalendarDay,
): Promise<void> {
  await db
    .insertInto('province_calendar_days')
    .values({ ...day, province_id: provinceId })
    .onConflict((oc) => oc.columns(['province_id', 'date']).doUpdateSet({ kind: day.kind, note: day.note }))
    .execute();
}

export async function removeProvinceCalendarDay(db: Kysely<Database>, provinceId: string, date: string): Promise<void> {
  await db
    .deleteFrom('province_calendar_days')
    .where('province_id', '=', provinceId)
    .where('date', '=', date)
    .execute();
}
