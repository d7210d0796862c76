import {
  createUser,
  type Database,
  hashPassword,
  type Kysely,
  listUnits,
  listUsernames,
  listUsersOfUnits,
  recordAudit,
  type User,
} from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import { adminScopeIds } from '../adminScope';
import { UnitFileError } from '../unitImport/importError';
import { headedRows } from '../tableImport/headedRows';
import { readTableFile } from '../tableImport/readTableFile';
import { applyUserUpdate, changesOf, type ImportedUser, type UserChange } from './importedUserChanges';
import { roles as knownRoles, temporaryPassword, usernameSchema } from './userInputs';

type UserColumn = 'username' | 'name' | 'unit' | 'roles' | 'email' | 'scope';

const headers: Record<string, UserColumn> = {
  username: 'username',
  'ten dang nhap': 'username',
  name: 'name',
  'ho ten': 'name',
  'unit code': 'unit',
  'ma don vi': 'unit',
  roles: 'roles',
  'vai tro': 'roles',
  email: 'email',
  'scope unit code': 'scope',
  'ma don vi theo doi': 'scope',
};

/**
 * Users from a table (username, name, unit code, roles, email, scope unit code): new ones created, existing ones of the
 * administrator's subtree updated (name, unit, scope, roles, email) — all, or none when a row is bad.
 */
export async function importUsers(
  db: Kysely<Database>,
  admin: User,
  request: { fileName: string; content: Buffer; dryRun: boolean },
) {
  let rows;
  try {
    rows = headedRows(await readTableFile(request.fileName, request.content), {
      names: headers,
      required: ['username', 'name', 'unit', 'roles'],
      missingMessage: (missing) =>
        `Dòng đầu thiếu cột: ${missing.join(', ')}. Cần các cột username, name, unit code, roles (email, scope unit code nếu có).`,
    });
  } catch (error) {
    if (error instanceof UnitFileError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
    throw error;
  }
  const scope = await adminScopeIds(db, admin);
  const units = (await listUnits(db)).filter((u) => scope.has(u.id) && !u.effective_to);
  const unitByCode = new Map(units.flatMap((u) => [[u.id, u] as const, ...(u.code ? [[u.code, u] as const] : [])]));
  const existing = new Map((await listUsersOfUnits(db, [...scope])).map((u) => [u.username, u]));
  const unitNameOf = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const allUsernames = await listUsernames(db);
  const errors: { line: number; message: string }[] = [];
  const toAdd: ImportedUser[] = [];
  const toUpdate: { row: ImportedUser; user: User; changes: UserChange[] }[] = [];
  const unchanged: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { value } = row;
    const fail = (message: string) => errors.push({ line: row.line, message });
    const username = usernameSchema.safeParse(value('username'));
    if (!username.success) {
      fail(username.error.issues[0]!.message);
      continue;
    }
    if (seen.has(username.data)) fail(`Tên đăng nhập ${username.data} trùng với dòng ${seen.get(username.data)}.`);
    seen.set(username.data, row.line);
    const user = existing.get(username.data);
    if (!user && allUsernames.has(username.data)) fail(`Tên đăng nhập ${username.data} đã được dùng ở đơn vị khác.`);
    const unit = unitByCode.get(value('unit'));
    if (!unit) fail(`Không tìm thấy đơn vị mã ${value('unit') || '(trống)'} trong phạm vi quản trị của bạn.`);
    const scopeCode = value('scope');
    const scopeUnit = scopeCode ? unitByCode.get(scopeCode) : undefined;
    if (scopeCode && !scopeUnit) fail(`Không tìm thấy đơn vị theo dõi mã ${scopeCode} trong phạm vi quản trị của bạn.`);
    const roles = value('roles')
      .split(/[\s,;]+/)
      .filter(Boolean);
    const badRole = roles.find((r) => !(knownRoles as string[]).includes(r));
    if (!roles.length || badRole)
      fail(`Vai trò "${badRole ?? ''}" không hợp lệ: dùng admin, leader, head, officer, supervisor.`);
    if (!value('name')) fail('Thiếu họ tên.');
    // An empty e-mail cell keeps what is stored: a file without e-mails never wipes them.
    const email = value('email') || undefined;
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(`Thư điện tử ${email} không hợp lệ.`);
    if (!unit || (scopeCode && !scopeUnit)) continue;
    const imported: ImportedUser = {
      line: row.line,
      username: username.data,
      displayName: value('name').normalize('NFC'),
      unitId: unit.id,
      unitName: unit.name,
      scopeUnitId: scopeUnit?.id,
      roles,
      email,
    };
    if (!user) {
      toAdd.push(imported);
      continue;
    }
    const changes = changesOf(user, imported, unitNameOf);
    if (!changes.length) unchanged.push(username.data);
    else if (user.id === admin.id && changes.some((c) => c.field !== 'displayName' && c.field !== 'email'))
      fail('Không thể đổi đơn vị hoặc vai trò của chính tài khoản của bạn qua tệp nhập: nhờ quản trị viên khác.');
    else toUpdate.push({ row: imported, user, changes });
  }
  errors.sort((a, b) => a.line - b.line);
  const applied = !request.dryRun && errors.length === 0;
  const passwords: { username: string; temporaryPassword: string }[] = [];
  if (applied) {
    await db.transaction().execute(async (trx) => {
      for (const row of toAdd) {
        const password = temporaryPassword();
        const id = randomUUID();
        await createUser(trx, {
          id,
          username: row.username,
          display_name: row.displayName,
          email: row.email ?? null,
          unit_id: row.unitId,
          scope_unit_id: row.scopeUnitId ?? row.unitId,
          roles: JSON.stringify(row.roles),
          password_hash: await hashPassword(password),
          must_change_password: true,
        });
        await recordAudit(trx, {
          actorUserId: admin.id,
          unitId: row.unitId,
          action: 'admin.user.create',
          subjectId: id,
          data: { before: null, after: { ...row, line: undefined, source: request.fileName } },
          idempotencyKey: null,
        });
        passwords.push({ username: row.username, temporaryPassword: password });
      }
      for (const { row, user, changes } of toUpdate)
        await applyUserUpdate(trx, admin, user, row, changes, request.fileName);
    });
  }
  return {
    applied,
    errors,
    added: toAdd.map(({ line, username, displayName, unitName, roles }) => ({
      line,
      username,
      displayName,
      unitName,
      roles,
    })),
    updated: toUpdate.map(({ row, changes }) => ({
      line: row.line,
      username: row.username,
      displayName: row.displayName,
      changes,
    })),
    unchanged,
    passwords,
  };
}
