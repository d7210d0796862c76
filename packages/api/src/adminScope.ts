import { type Database, findSubtreeUnitIds, findUnit, type Kysely, recordAudit, type User } from '@cascade/db';
import { forbidden } from './access';

/** The units an administrator manages: the subtree of its scope unit, closed units included. */
export async function adminScopeIds(db: Kysely<Database>, admin: User): Promise<Set<string>> {
  return findSubtreeUnitIds(db, admin.scope_unit_id);
}

export const outOfScope = () =>
  forbidden('Đơn vị này nằm ngoài phạm vi quản trị của bạn: liên hệ quản trị viên cấp trên.');

/** Throws FORBIDDEN unless every given unit lies in the administrator's subtree. */
export async function requireAdminScope(db: Kysely<Database>, admin: User, ...unitIds: string[]): Promise<Set<string>> {
  const scope = await adminScopeIds(db, admin);
  if (unitIds.some((id) => !scope.has(id))) throw outOfScope();
  return scope;
}

/** Who made an administrator's change, and from where. */
export interface AdminActor {
  user: User;
  clientAddress: string;
  userAgent: string;
}

/** One administrator's change, with the values before and after it, and the address it came from. */
export function auditAdminChange(
  db: Kysely<Database>,
  { user: admin, clientAddress, userAgent }: AdminActor,
  action: string,
  subject: { unitId: string; subjectId: string },
  before: unknown,
  after: unknown,
) {
  return recordAudit(db, {
    actorUserId: admin.id,
    unitId: subject.unitId,
    action: `admin.${action}`,
    subjectId: subject.subjectId,
    data: { before: before ?? null, after: after ?? null, address: clientAddress, userAgent: userAgent.slice(0, 300) },
    idempotencyKey: null,
  });
}

/** The calendar of days off is the nation's: only an administrator of the national root keeps it. */
export async function requireNationalAdmin(db: Kysely<Database>, admin: User): Promise<void> {
  const scopeUnit = await findUnit(db, admin.scope_unit_id);
  if (!scopeUnit || scopeUnit.parent_id !== null)
    throw forbidden('Chỉ quản trị viên cấp trung ương mới sửa lịch ngày nghỉ, ngày làm bù.');
}

/** A national template (no owner) is kept by national administrators; a province's by the administrators of its subtree. */
export async function requireTemplateKeeper(db: Kysely<Database>, admin: User, ownerUnitId: string | null) {
  if (ownerUnitId === null) await requireNationalAdmin(db, admin);
  else await requireAdminScope(db, admin, ownerUnitId);
}

/** The owner a new template of this administrator gets: none for a national administrator, its scope unit otherwise. */
export async function templateOwnerFor(db: Kysely<Database>, admin: User): Promise<string | null> {
  const scopeUnit = await findUnit(db, admin.scope_unit_id);
  return scopeUnit?.parent_id === null ? null : admin.scope_unit_id;
}
