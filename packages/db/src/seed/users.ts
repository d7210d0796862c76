import type { Role } from '../schema';
import { seedUnits } from './units';

export interface SeedUser {
  username: string;
  displayName: string;
  unitId: string;
  scopeUnitId: string;
  roles: Role[];
}

export const demoPassword = 'cascade2026';

const issuingKinds = new Set(['province', 'district', 'commune', 'department']);

function unitStaff(): SeedUser[] {
  return seedUnits
    .filter((u) => issuingKinds.has(u.kind))
    .flatMap((u) => [
      {
        username: `${u.id}.lanhdao`,
        displayName: `Lãnh đạo ${u.name}`,
        unitId: u.id,
        scopeUnitId: u.id,
        roles: ['leader'] as Role[],
      },
      {
        username: `${u.id}.chuyenvien`,
        displayName: `Chuyên viên ${u.name}`,
        unitId: u.id,
        scopeUnitId: u.id,
        roles: ['officer'] as Role[],
      },
    ]);
}

/** A leader and an officer for every unit that issues plans, plus the administrator and the supervisors of each tree. */
export const seedUsers: SeedUser[] = [
  { username: 'quantri', displayName: 'Quản trị hệ thống', unitId: 'vn', scopeUnitId: 'vn', roles: ['admin'] },
  {
    username: 'gl.quantri',
    displayName: 'Quản trị – tỉnh Gia Lai',
    unitId: 'gl-snv',
    scopeUnitId: 'gl',
    roles: ['admin'],
  },
  {
    username: 'hd.quantri',
    displayName: 'Quản trị – tỉnh Hải Dương',
    unitId: 'hd-snv',
    scopeUnitId: 'hd',
    roles: ['admin'],
  },
  {
    username: 'gl-snv.theodoi',
    displayName: 'Theo dõi – Sở Nội vụ Gia Lai',
    unitId: 'gl-snv',
    scopeUnitId: 'gl',
    roles: ['supervisor'],
  },
  {
    username: 'hd-snv.theodoi',
    displayName: 'Theo dõi – Sở Nội vụ Hải Dương',
    unitId: 'hd-snv',
    scopeUnitId: 'hd',
    roles: ['supervisor'],
  },
  {
    username: 'gl.truongphong',
    displayName: 'Trưởng phòng Tổng hợp – Văn phòng UBND tỉnh Gia Lai',
    unitId: 'gl',
    scopeUnitId: 'gl',
    roles: ['head'],
  },
  {
    username: 'hd-thanh-ha-pnv.theodoi',
    displayName: 'Theo dõi – Phòng Nội vụ Thanh Hà',
    unitId: 'hd-thanh-ha-pnv',
    scopeUnitId: 'hd-thanh-ha',
    roles: ['supervisor'],
  },
  ...unitStaff(),
];
