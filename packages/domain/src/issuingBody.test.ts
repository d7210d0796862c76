import { describe, expect, it } from 'vitest';
import { issuingBodyOf } from './issuingBody';

const giaLai = { name: 'Tỉnh Gia Lai', kind: 'province' as const, abbreviation: 'UBND' };

describe('issuingBodyOf', () => {
  it('issues a province plan as its UBND, without a parent body (Gia Lai 2024)', () => {
    expect(issuingBodyOf(giaLai, null)).toEqual({
      name: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
      nameInText: 'Ủy ban nhân dân tỉnh Gia Lai',
      parentName: null,
      abbreviation: 'UBND',
      collectiveName: 'ỦY BAN NHÂN DÂN',
      headTitle: 'Chủ tịch',
      place: 'Gia Lai',
    });
  });

  it('names a commune’s UBND and dates it at the commune (Tân Việt 2024)', () => {
    const body = issuingBodyOf({ name: 'Xã Tân Việt', kind: 'commune', abbreviation: 'UBND' }, null);
    expect([body.name, body.place]).toEqual(['ỦY BAN NHÂN DÂN XÃ TÂN VIỆT', 'Tân Việt']);
  });

  it('puts "UBND TỈNH …" above a department, signed by its Giám đốc', () => {
    const body = issuingBodyOf({ name: 'Sở Nội vụ', kind: 'department', abbreviation: 'SNV' }, giaLai);
    expect(body).toMatchObject({
      name: 'SỞ NỘI VỤ',
      parentName: 'UBND TỈNH GIA LAI',
      abbreviation: 'SNV',
      collectiveName: null,
      headTitle: 'Giám đốc',
      place: 'Gia Lai',
    });
  });

  it('falls back to UBND when the unit has no abbreviation', () => {
    expect(issuingBodyOf({ name: 'Huyện Thanh Hà', kind: 'district', abbreviation: ' ' }, null).abbreviation).toBe(
      'UBND',
    );
  });
});
