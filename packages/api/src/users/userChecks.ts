import { type Database, findUser, type Kysely, type User } from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { requireAdminScope } from '../adminScope';

/** A user the administrator manages: one whose unit lies in the administrator's subtree. */
export async function requireManagedUser(db: Kysely<Database>, admin: User, userId: string): Promise<User> {
  const user = await findUser(db, userId);
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy người dùng.' });
  await requireAdminScope(db, admin, user.unit_id);
  return user;
}

export function refuseSelf(admin: User, user: User, what: string) {
  if (admin.id === user.id)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Không thể ${what} chính tài khoản của bạn: nhờ quản trị viên khác.`,
    });
}
