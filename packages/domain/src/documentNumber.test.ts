import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, parseDocumentNumber } from './documentNumber';

describe('formatDocumentNumber', () => {
  it('writes a committee plan as 44/KH-UBND by default', () => {
    expect(formatDocumentNumber({ number: 44 })).toBe('44/KH-UBND');
  });

  it('takes other types and issuers', () => {
    expect(formatDocumentNumber({ number: '617', type: 'QĐ', issuer: 'UBND' })).toBe('617/QĐ-UBND');
  });
});

describe('parseDocumentNumber', () => {
  it('reads the parts of 44/KH-UBND', () => {
    expect(parseDocumentNumber('44/KH-UBND')).toEqual({ number: '44', type: 'KH', issuer: 'UBND' });
  });

  it('keeps further dash parts in the issuer: 12/KH-UBND-NV', () => {
    expect(parseDocumentNumber('12/KH-UBND-NV')).toEqual({ number: '12', type: 'KH', issuer: 'UBND-NV' });
  });

  it('reads Vietnamese letters and mixed case from the seeds: 617/QĐ-UBND, 33/CT-TTg', () => {
    expect(parseDocumentNumber('617/QĐ-UBND')).toEqual({ number: '617', type: 'QĐ', issuer: 'UBND' });
    expect(parseDocumentNumber('33/CT-TTg')).toEqual({ number: '33', type: 'CT', issuer: 'TTg' });
  });

  it('reads the spaced en dash the Tân Việt plan types: 35/KH – UBND', () => {
    expect(parseDocumentNumber(' 35/KH – UBND ')).toEqual({ number: '35', type: 'KH', issuer: 'UBND' });
  });

  it('rejects the party format, decrees with a year and unnumbered drafts', () => {
    expect(parseDocumentNumber('44-KH/BCSĐ-BDVTU')).toBeNull();
    expect(parseDocumentNumber('09/2019/NĐ-CP')).toBeNull();
    expect(parseDocumentNumber('/KH-UBND')).toBeNull();
    expect(parseDocumentNumber('44/KH')).toBeNull();
  });

  it('round-trips with formatDocumentNumber', () => {
    const parts = { number: '3638', type: 'KH', issuer: 'UBND' };
    expect(parseDocumentNumber(formatDocumentNumber(parts))).toEqual(parts);
  });
});
