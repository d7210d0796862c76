import { type Database, deleteUserSessions, type Kysely, recordAudit, type User, updateUser } from '@cascade/db';
import { userAuditView } from './userView';

/** What a row of the import says of a user (unit and scope resolved to ids); email undefined when its cell is empty. */
export interface ImportedUser {
  line: number;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  scopeUnitId: string | undefined;
  roles: string[];
  email: string | undefined;
}

export interface UserChange {
  field: 'displayName' | 'unit' | 'scopeUnit' | 'roles' | 'email';
  before: string;
  after: string;
}

const sameRoles = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/** The fields of an existing user that the row changes (empty when the row says what the database already holds). */
export function changesOf(user: User, row: ImportedUser, unitNameOf: (id: string) => string): UserChange[] {
  const changes: UserChange[] = [];
  if (row.displayName !== user.display_name)
    changes.push({ field: 'displayName', before: user.display_name, after: row.displayName });
  if (row.unitId !== user.unit_id)
    changes.push({ field: 'unit', before: unitNameOf(user.unit_id), after: unitNameOf(row.unitId) });
  const scopeUnitId = scopeOf(user, row);
  if (scopeUnitId !== user.scope_unit_id)
    changes.push({ field: 'scopeUnit', before: unitNameOf(user.scope_unit_id), after: unitNameOf(scopeUnitId) });
  if (!sameRoles(row.roles, user.roles))
    changes.push({ field: 'roles', before: user.roles.join(', '), after: row.roles.join(', ') });
  if (row.email !== undefined && row.email !== user.email)
    changes.push({ field: 'email', before: user.email ?? '', after: row.email ?? '' });
  return changes;
}

/** Without a scope column a supervisor keeps its scope, unless its unit moves (then it follows the unit). */
const scopeOf = (user: User, row: ImportedUser) =>
  row.scopeUnitId ?? (row.unitId !== user.unit_id ? row.unitId : user.scope_unit_id);

const isPrivilegeChange = (changes: UserChange[]) =>
  changes.some((c) => c.field === 'unit' || c.field === 'scopeUnit' || c.field === 'roles');

/** Writes one update with its audit event; a change of unit, scope or roles ends the user's sessions. */
export async function applyUserUpdate(
  db: Kysely<Database>,
  admin: User,
  user: User,
  row: ImportedUser,
  changes: UserChange[],
  source: string,
) {
  const edit = {
    display_name: row.displayName,
    unit_id: row.unitId,
    scope_unit_id: scopeOf(user, row),
    roles: JSON.stringify(row.roles),
    ...(row.email !== undefined && { email: row.email }),
  };
  await updateUser(db, user.id, edit);
  const after = { ...user, ...edit, roles: row.roles as User['roles'] };
  await recordAudit(db, {
    actorUserId: admin.id,
    unitId: row.unitId,
    action: 'admin.user.update',
    subjectId: user.id,
    data: { before: userAuditView(user), after: { ...userAuditView(after), source } },
    idempotencyKey: null,
  });
  if (isPrivilegeChange(changes)) await deleteUserSessions(db, user.id);
}
