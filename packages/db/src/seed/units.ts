import type { NewUnit } from '../schema';

const twoLevelFrom = '2025-07-01';
const threeLevelFrom = '2008-08-01';

function unit(
  id: string,
  name: string,
  kind: NewUnit['kind'],
  parentId: string | null,
  extra: Partial<NewUnit> = {},
): NewUnit {
  return {
    id,
    name,
    kind,
    parent_id: parentId,
    code: null,
    abbreviation: 'UBND',
    effective_from: twoLevelFrom,
    effective_to: null,
    successor_id: null,
    ...extra,
  };
}

/** The national level: Bộ Nội vụ issues national plans to the provinces. */
const nation = unit('vn', 'Bộ Nội vụ', 'nation', null, { abbreviation: 'BNV', effective_from: threeLevelFrom });

/** 2-level model (after 1 July 2025): Tỉnh Gia Lai → its departments and communes/wards. Codes from the 2026 official list. */
const giaLai: NewUnit[] = [
  unit('gl', 'Tỉnh Gia Lai', 'province', 'vn', { code: '52' }),
  unit('gl-snv', 'Sở Nội vụ', 'department', 'gl', { abbreviation: 'SNV' }),
  unit('gl-skhcn', 'Sở Khoa học và Công nghệ', 'department', 'gl', { abbreviation: 'SKHCN' }),
  unit('gl-ttr', 'Thanh tra tỉnh', 'department', 'gl', { abbreviation: 'TTr' }),
  unit('gl-vp', 'Văn phòng UBND tỉnh', 'department', 'gl', { abbreviation: 'VP' }),
  unit('gl-pleiku', 'Phường Pleiku', 'commune', 'gl', { code: '23575' }),
  unit('gl-dien-hong', 'Phường Diên Hồng', 'commune', 'gl', { code: '23563' }),
  unit('gl-thong-nhat', 'Phường Thống Nhất', 'commune', 'gl', { code: '23584' }),
  unit('gl-hoi-phu', 'Phường Hội Phú', 'commune', 'gl', { code: '23586' }),
  unit('gl-bien-ho', 'Xã Biển Hồ', 'commune', 'gl', { code: '23590' }),
  unit('gl-chu-pah', 'Xã Chư Păh', 'commune', 'gl', { code: '23722' }),
  unit('gl-ia-grai', 'Xã Ia Grai', 'commune', 'gl', { code: '23764' }),
  unit('gl-pleiku-vptk', 'Văn phòng – Thống kê phường Pleiku', 'office', 'gl-pleiku', { abbreviation: 'VP-TK' }),
];

const old = { effective_from: threeLevelFrom, effective_to: twoLevelFrom };

/** 3-level model (before 1 July 2025): Tỉnh Hải Dương → Huyện Thanh Hà → Xã Tân Việt, and a second district. */
const haiDuong: NewUnit[] = [
  unit('hd', 'Tỉnh Hải Dương', 'province', 'vn', old),
  unit('hd-snv', 'Sở Nội vụ tỉnh Hải Dương', 'department', 'hd', { ...old, abbreviation: 'SNV' }),
  unit('hd-thanh-ha', 'Huyện Thanh Hà', 'district', 'hd', old),
  unit('hd-thanh-ha-pnv', 'Phòng Nội vụ huyện Thanh Hà', 'department', 'hd-thanh-ha', { ...old, abbreviation: 'PNV' }),
  unit('hd-tan-viet', 'Xã Tân Việt', 'commune', 'hd-thanh-ha', old),
  unit('hd-thanh-hong', 'Xã Thanh Hồng', 'commune', 'hd-thanh-ha', old),
  unit('hd-tan-viet-vptk', 'Văn phòng – Thống kê xã Tân Việt', 'office', 'hd-tan-viet', {
    ...old,
    abbreviation: 'VP-TK',
  }),
  unit('hd-tan-viet-vhxh', 'Văn hóa – Xã hội xã Tân Việt', 'office', 'hd-tan-viet', { ...old, abbreviation: 'VH-XH' }),
  unit('hd-tan-viet-tphk', 'Tư pháp – Hộ tịch xã Tân Việt', 'office', 'hd-tan-viet', { ...old, abbreviation: 'TP-HT' }),
  unit('hd-tan-viet-tckt', 'Tài chính – Kế toán xã Tân Việt', 'office', 'hd-tan-viet', {
    ...old,
    abbreviation: 'TC-KT',
  }),
  unit('hd-nam-sach', 'Huyện Nam Sách', 'district', 'hd', old),
  unit('hd-nam-hong', 'Xã Nam Hồng', 'commune', 'hd-nam-sach', old),
];

export const seedUnits: NewUnit[] = [nation, ...giaLai, ...haiDuong];
