import { expect, it } from 'vitest';
import { countUnitImport, type ExistingUnit, planUnitImport, type UnitImportRow } from './unitImport';

const existing: ExistingUnit[] = [
  { id: 'vn', code: null, name: 'Bộ Nội vụ', kind: 'nation', parentId: null, effectiveTo: null },
  { id: 'p1', code: '01', name: 'Thành phố Hà Nội', kind: 'province', parentId: 'vn', effectiveTo: null },
  { id: 'c1', code: '00004', name: 'Phường Ba Đình', kind: 'commune', parentId: 'p1', effectiveTo: null },
  { id: 'c2', code: '00008', name: 'Phường Cũ', kind: 'commune', parentId: 'p1', effectiveTo: null },
  { id: 'c3', code: '00009', name: 'Phường Bỏ', kind: 'commune', parentId: 'p1', effectiveTo: null },
];
const row = (
  line: number,
  code: string,
  name: string,
  kind: string,
  parentCode: string,
  extra = {},
): UnitImportRow => ({
  line,
  code,
  name,
  kind,
  parentCode,
  effectiveFrom: '2025-07-01',
  ...extra,
});
const options = {
  rootId: 'vn',
  newId: (code: string) => `new-${code}`,
  closeMissingKinds: ['province', 'commune'] as const,
};

it('sorts rows into added, renamed, unchanged and closed, counted by kind', () => {
  const plan = planUnitImport(
    [
      row(2, '01', 'Thành phố Hà Nội', 'province', ''),
      row(3, '00004', 'Phường Ba Đình', 'commune', '01'),
      row(4, '00008', 'Phường Ngọc Hà', 'xã', '01'),
      row(5, '04', 'Tỉnh Cao Bằng', 'Tỉnh', ''),
      row(6, '00010', 'Xã Mới', 'commune', '04'),
      row(7, '01-SNV', 'Sở Nội vụ', 'department', '01', { abbreviation: 'SNV' }),
    ],
    existing,
    options,
  );
  expect(plan.errors).toEqual([]);
  expect(plan.added.map((u) => [u.id, u.parentId])).toEqual([
    ['new-04', 'vn'],
    ['new-00010', 'new-04'],
    ['new-01-SNV', 'p1'],
  ]);
  expect(countUnitImport(plan)).toEqual({
    added: { province: 1, commune: 1, department: 1 },
    renamed: { commune: 1 },
    moved: {},
    reopened: {},
    closed: { commune: 1 },
    unchanged: { province: 1, commune: 1 },
  });
});

it('lists every bad row with its line: unknown parent, duplicate code, missing name, cycle', () => {
  const plan = planUnitImport(
    [
      row(2, 'A', 'Xã A', 'commune', 'ZZ'),
      row(3, 'B', 'Xã B', 'commune', '01'),
      row(4, 'B', 'Xã B lần hai', 'commune', '01'),
      row(5, 'C', '', 'commune', '01'),
      row(6, 'D', 'Sở D', 'department', 'E', { abbreviation: 'D' }),
      row(7, 'E', 'Sở E', 'department', 'D', { abbreviation: 'E' }),
    ],
    existing,
    options,
  );
  expect(plan.errors).toEqual([
    { line: 2, message: 'Không tìm thấy đơn vị cấp trên mã ZZ.' },
    { line: 4, message: 'Mã B trùng với dòng 3.' },
    { line: 5, message: 'Thiếu tên đơn vị.' },
    { line: 6, message: 'Mã D tạo thành vòng lặp cấp trên – cấp dưới.' },
    { line: 7, message: 'Mã E tạo thành vòng lặp cấp trên – cấp dưới.' },
  ]);
  expect(plan.added).toEqual([]);
});
