import type { Kysely } from 'kysely';
import type { Database, NewUser, User } from '../schema';

export function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUnitUsers(db: Kysely<Database>, unitId: string): Promise<User[]> {
  return db.selectFrom('users').selectAll().where('unit_id', '=', unitId).execute();
}

export async function listUsersOfUnits(db: Kysely<Database>, unitIds: readonly string[]): Promise<User[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('users')
    .selectAll()
    .where('unit_id', 'in', [...unitIds])
    .orderBy('username')
    .execute();
}

export async function createUser(db: Kysely<Database>, user: NewUser): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export type UserEdit = Partial<
  Pick<NewUser, 'display_name' | 'email' | 'unit_id' | 'scope_unit_id' | 'roles' | 'disabled_at'>
>;

export async function updateUser(db: Kysely<Database>, userId: string, edit: UserEdit): Promise<void> {
  await db.updateTable('users').set(edit).where('id', '=', userId).execute();
}

/** A new password hash; `mustChange` when an administrator set a temporary one. */
export async function setUserPassword(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  mustChange: boolean,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: mustChange })
    .where('id', '=', userId)
    .execute();
}

export async function hasActiveAdmin(db: Kysely<Database>): Promise<boolean> {
  const users = await db.selectFrom('users').select('roles').where('disabled_at', 'is', null).execute();
  return users.some((u) => u.roles.includes('admin'));
}

export async function listUsernames(db: Kysely<Database>): Promise<Set<string>> {
  return new Set((await db.selectFrom('users').select('username').execute()).map((u) => u.username));
}
