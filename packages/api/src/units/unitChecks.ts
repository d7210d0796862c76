import { type Database, findUnit, findUnitByCode, type Kysely } from '@cascade/db';
import { TRPCError } from '@trpc/server';

export async function requireUnit(db: Kysely<Database>, id: string) {
  const unit = await findUnit(db, id);
  if (!unit) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' });
  return unit;
}

/** A code names one unit in force: a second unit with it would make imports and document numbers ambiguous. */
export async function checkUnitCode(db: Kysely<Database>, code: string | null, unitId: string | null) {
  if (!code) return;
  const holder = await findUnitByCode(db, code);
  if (holder && holder.id !== unitId)
    throw new TRPCError({ code: 'CONFLICT', message: `Mã ${code} đã được dùng cho ${holder.name}: chọn mã khác.` });
}
