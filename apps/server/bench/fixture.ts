import { createUnit, createUser, type Database, hashPassword, type Kysely } from '@cascade/db';
import { demoPassword } from '@cascade/db/seed';

export const benchProvinceId = 'bench';
export const communeIdOf = (i: number) => `bench-x${String(i + 1).padStart(4, '0')}`;
const fillerProvinceId = 'bench-filler';

/**
 * A province with `units` communes, its leader and officer and one officer per commune (the demo password), and
 * `extraUnits` more communes under another province: the size of the hierarchy every request reads today.
 */
export async function createBenchHierarchy(db: Kysely<Database>, units: number, extraUnits: number) {
  const passwordHash = await hashPassword(demoPassword);
  const province = (id: string, name: string) =>
    createUnit(
      db,
      { id, name, kind: 'province', parent_id: 'vn', code: null, abbreviation: 'UBND', effective_from: '2025-07-01' },
      null,
    );
  const commune = (id: string, name: string, parentId: string) =>
    createUnit(
      db,
      {
        id,
        name,
        kind: 'commune',
        parent_id: parentId,
        code: null,
        abbreviation: 'UBND',
        effective_from: '2025-07-01',
      },
      null,
    );
  const user = (unitId: string, role: 'leader' | 'officer') =>
    createUser(db, {
      id: `${unitId}.${role === 'leader' ? 'lanhdao' : 'chuyenvien'}`,
      username: `${unitId}.${role === 'leader' ? 'lanhdao' : 'chuyenvien'}`,
      display_name: `${role === 'leader' ? 'Lãnh đạo' : 'Chuyên viên'} ${unitId}`,
      email: null,
      unit_id: unitId,
      scope_unit_id: unitId,
      roles: JSON.stringify([role]),
      password_hash: passwordHash,
    });
  await province(benchProvinceId, 'Tỉnh Đo Tải');
  await user(benchProvinceId, 'leader');
  await user(benchProvinceId, 'officer');
  for (let i = 0; i < units; i++) {
    await commune(communeIdOf(i), `Xã Đo Tải ${i + 1}`, benchProvinceId);
    await user(communeIdOf(i), 'officer');
  }
  if (extraUnits > 0) await province(fillerProvinceId, 'Tỉnh Đệm');
  for (let i = 0; i < extraUnits; i++) await commune(`bench-filler-${i + 1}`, `Xã Đệm ${i + 1}`, fillerProvinceId);
}
