import type { Kysely } from 'kysely';
import type { Database, User } from '../schema';

export function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUnitUsers(db: Kysely<Database>, unitId: string): Promise<User[]> {
  return db.selectFrom('users').selectAll().where('unit_id', '=', unitId).execute();
}
