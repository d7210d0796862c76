import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch } from './searchText';

describe('Vietnamese search', () => {
  it('finds a unit by its name typed without diacritics', () => {
    expect(matchesSearch('Xã Đak Đoa', 'dak doa')).toBe(true);
    expect(matchesSearch('Phường Hội Phú', 'HOI PHU')).toBe(true);
    expect(matchesSearch('Phường Hội Phú', 'hội phú')).toBe(true);
    expect(matchesSearch('Phường Hội Phú', 'pleiku')).toBe(false);
  });

  it('folds combining marks and precomposed letters alike', () => {
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe(foldVietnamese('Nguyễn'.normalize('NFC')));
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
  });
});
