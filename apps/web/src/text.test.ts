import { expect, it } from 'vitest';
import { byVietnameseName, matchesSearch } from './text';

it('finds a name typed with or without diacritics', () => {
  expect(matchesSearch('Phường Diên Hồng', 'dien hong')).toBe(true);
  expect(matchesSearch('Phường Diên Hồng', 'Diên Hồng')).toBe(true);
  expect(matchesSearch('Xã Đak Đoa', 'dak doa')).toBe(true);
  expect(matchesSearch('Xã Biển Hồ', 'pleiku')).toBe(false);
});

it('sorts names in Vietnamese order, Đ after D and not after Z', () => {
  const names = ['Xã Ia Grai', 'Xã Đak Đoa', 'Xã Dun', 'Phường Ân Nhơn', 'Phường An Khê', 'Phường Bồng Sơn'];
  expect(
    names
      .map((name) => ({ name }))
      .sort(byVietnameseName)
      .map((u) => u.name),
  ).toEqual(['Phường An Khê', 'Phường Ân Nhơn', 'Phường Bồng Sơn', 'Xã Dun', 'Xã Đak Đoa', 'Xã Ia Grai']);
});
