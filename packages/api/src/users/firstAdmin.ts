import {
  createUser,
  type Database,
  findUnit,
  findUnitByCode,
  findUserByUsername,
  hashPassword,
  type Kysely,
  listUnits,
  recordAudit,
} from '@cascade/db';
import { randomUUID } from 'node:crypto';
import { ensureNationRoot, nationRootId } from '../unitImport/nationRoot';
import { passwordProblem } from './passwordPolicy';
import { usernameSchema } from './userInputs';

export class AdminSetupError extends Error {}

export interface FirstAdmin {
  username: string;
  password: string;
  /** The unit (id or official code) whose subtree the administrator manages; the national root by default. */
  unit: string;
  displayName?: string;
}

/** An administrator made by the operator (command or environment), never with a known password. */
export async function createAdministrator(db: Kysely<Database>, admin: FirstAdmin): Promise<{ created: boolean }> {
  const username = usernameSchema.safeParse(admin.username);
  if (!username.success) throw new AdminSetupError(username.error.issues[0]!.message);
  const problem = passwordProblem(admin.password, username.data);
  if (problem) throw new AdminSetupError(problem);
  if (await findUserByUsername(db, username.data)) return { created: false };
  if (admin.unit === nationRootId && (await listUnits(db)).length === 0) await ensureNationRoot(db, false);
  const unit = (await findUnit(db, admin.unit)) ?? (await findUnitByCode(db, admin.unit));
  if (!unit)
    throw new AdminSetupError(
      `Không tìm thấy đơn vị "${admin.unit}": dùng mã hoặc id của một đơn vị có sẵn (nhập danh mục bằng npm run -s units:import), hoặc "vn" cho cấp trung ương.`,
    );
  const id = randomUUID();
  await createUser(db, {
    id,
    username: username.data,
    display_name: admin.displayName?.trim() || `Quản trị – ${unit.name}`,
    email: null,
    unit_id: unit.id,
    scope_unit_id: unit.id,
    roles: JSON.stringify(['admin']),
    password_hash: await hashPassword(admin.password),
  });
  await recordAudit(db, {
    actorUserId: null,
    unitId: unit.id,
    action: 'admin.user.create',
    subjectId: id,
    data: { before: null, after: { username: username.data, unitId: unit.id, roles: ['admin'] } },
    idempotencyKey: null,
  });
  return { created: true };
}
