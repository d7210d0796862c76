import {
  type Database,
  findUnit,
  type Kysely,
  listCalendarDays,
  listProvinceCalendarDays,
  type User,
} from '@cascade/db';
import { forbidden } from './access';
import { provinceOf } from './provinceCalendar';

/** Whose calendar an administrator keeps: null for the nation's (a national administrator), else its province's id. */
export async function calendarKeeperOf(db: Kysely<Database>, admin: User): Promise<string | null> {
  const scopeUnit = await findUnit(db, admin.scope_unit_id);
  if (scopeUnit && scopeUnit.parent_id === null) return null;
  const provinceId = await provinceOf(db, admin.scope_unit_id);
  if (!provinceId || provinceId !== admin.scope_unit_id)
    throw forbidden('Chỉ quản trị viên cấp tỉnh (hoặc trung ương) mới sửa lịch ngày nghỉ, ngày làm bù.');
  return provinceId;
}

/** The national days, and a province's own days (marked with its id) when a province's administrator asks. */
export async function calendarView(db: Kysely<Database>, provinceId: string | null) {
  const national = (await listCalendarDays(db)).map((d) => ({
    ...d,
    provinceId: null as string | null,
    editable: provinceId === null,
  }));
  if (!provinceId) return national;
  const own = (await listProvinceCalendarDays(db, provinceId)).map((d) => ({ ...d, provinceId, editable: true }));
  return [...national, ...own].sort((a, b) => a.date.localeCompare(b.date));
}
