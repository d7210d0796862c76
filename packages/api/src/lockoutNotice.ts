import {
  createNotifications,
  type Database,
  type Kysely,
  listUnitNodes,
  listUsersOfUnits,
  type User,
} from '@cascade/db';
import { subtreeIds } from '@cascade/domain';

const timeInVietnam = (at: Date) =>
  at.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

/**
 * A lockout of an existing account, told in the app and by e-mail (the mail outbox sends every notification) to the
 * account's owner and to the administrators whose subtree holds its unit: the owner may not be the one guessing.
 */
export async function noticeLockout(db: Kysely<Database>, user: User, until: Date, address: string) {
  const nodes = await listUnitNodes(db);
  const everyone = await listUsersOfUnits(
    db,
    nodes.map((n) => n.id),
  );
  const admins = everyone.filter(
    (u) => u.roles.includes('admin') && !u.disabled_at && subtreeIds(nodes, u.scope_unit_id).has(user.unit_id),
  );
  const stamp = until.toISOString();
  const body = `Tài khoản ${user.username} (${user.display_name}) bị tạm khóa đăng nhập đến ${timeInVietnam(until)} sau nhiều lần nhập sai mật khẩu từ địa chỉ ${address}.`;
  await createNotifications(db, [
    {
      id: `lockout:${user.id}:${stamp}:${user.id}`,
      userId: user.id,
      kind: 'security',
      subject: 'Tài khoản của bạn bị tạm khóa đăng nhập',
      body: `${body} Nếu không phải bạn, hãy đổi mật khẩu sau khi hết khóa và báo quản trị viên.`,
      taskId: null,
    },
    ...admins
      .filter((a) => a.id !== user.id)
      .map((admin) => ({
        id: `lockout:${user.id}:${stamp}:${admin.id}`,
        userId: admin.id,
        kind: 'security' as const,
        subject: `Tạm khóa đăng nhập: ${user.username}`,
        body: `${body} Xem Quản trị → Nhật ký kiểm tra; nếu cần, đặt lại mật khẩu cho người dùng.`,
        taskId: null,
      })),
  ]);
}
