import type { Kysely } from 'kysely';
import type { Database, Unit } from '../schema';

export function listUnits(db: Kysely<Database>): Promise<Unit[]> {
  return db.selectFrom('units').selectAll().orderBy('name').execute();
}

export function findUnit(db: Kysely<Database>, id: string): Promise<Unit | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}
