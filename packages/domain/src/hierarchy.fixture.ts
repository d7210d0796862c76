import type { UnitNode } from './hierarchy';

const THREE_LEVEL_END = '2025-07-01';

/** Illustrative units: Kon Tum in the 3-level model, then merged into Quảng Ngãi when districts end on 1/7/2025. */
export const kontumUnits: UnitNode[] = [
  province('kon-tum', 'Tỉnh Kon Tum', THREE_LEVEL_END, 'quang-ngai'),
  province('quang-ngai', 'Tỉnh Quảng Ngãi', null),
  unit('so-noi-vu', 'Sở Nội vụ', 'department', 'kon-tum', THREE_LEVEL_END, 'so-noi-vu-qn'),
  unit('so-tai-chinh', 'Sở Tài chính', 'department', 'kon-tum', THREE_LEVEL_END),
  unit('mttq', 'Ủy ban MTTQ Việt Nam tỉnh', 'organization', 'kon-tum', THREE_LEVEL_END),
  unit('tp-kon-tum', 'Thành phố Kon Tum', 'district', 'kon-tum', THREE_LEVEL_END),
  unit('dak-ha', 'Huyện Đắk Hà', 'district', 'kon-tum', THREE_LEVEL_END),
  unit('ha-mon', 'Xã Hà Mòn', 'commune', 'dak-ha', THREE_LEVEL_END, 'xa-dak-ha'),
  unit('dak-la', 'Xã Đắk La', 'commune', 'dak-ha', THREE_LEVEL_END, 'xa-dak-ha'),
  unit('ngok-wang', 'Xã Ngọk Wang', 'commune', 'dak-ha', THREE_LEVEL_END, 'xa-dak-ha'),
  unit('dak-ha-van-phong', 'Văn phòng – Thống kê', 'office', 'ha-mon', THREE_LEVEL_END),
  { ...unit('so-noi-vu-qn', 'Sở Nội vụ', 'department', 'quang-ngai', null), effectiveFrom: THREE_LEVEL_END },
  { ...unit('xa-dak-ha', 'Xã Đắk Hà', 'commune', 'quang-ngai', null), effectiveFrom: THREE_LEVEL_END },
];

function province(id: string, name: string, effectiveTo: string | null, successorId?: string): UnitNode {
  return unit(id, name, 'province', null, effectiveTo, successorId);
}

function unit(
  id: string,
  name: string,
  kind: UnitNode['kind'],
  parentId: string | null,
  effectiveTo: string | null,
  successorId?: string,
): UnitNode {
  return { id, name, kind, parentId, effectiveFrom: '2020-01-01', effectiveTo, successorId: successorId ?? null };
}
