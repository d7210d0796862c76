import { describe, expect, it } from 'vitest';
import { headTitleOf, signingBlockLines } from './signingBlock';

const ubnd = { collectiveName: 'Ủy ban nhân dân', headTitle: 'Chủ tịch' };

describe('signingBlockLines (Decree 30/2020, Appendix I)', () => {
  it('gives the chairman signing for the UBND: TM. / CHỦ TỊCH (Gia Lai 2024)', () => {
    expect(signingBlockLines({ ...ubnd, capacity: 'TM.', signerTitle: 'Chủ tịch' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });

  it('gives a deputy signing for the chairman: TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (Kon Tum 2024)', () => {
    expect(signingBlockLines({ ...ubnd, capacity: 'KT.', signerTitle: 'Phó Chủ tịch' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it('has no TM. line for a body led by one head', () => {
    const department = { collectiveName: null, headTitle: 'Giám đốc' };
    expect(signingBlockLines({ ...department, capacity: 'KT.', signerTitle: 'Phó Giám đốc' })).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    ]);
    expect(signingBlockLines({ ...department, capacity: 'Q.', signerTitle: 'Phó Giám đốc' })).toEqual(['Q. GIÁM ĐỐC']);
  });

  it('puts TL. and TUQ. before the head, then the signer’s own position', () => {
    expect(signingBlockLines({ ...ubnd, capacity: 'TL.', signerTitle: 'Chánh Văn phòng' })).toEqual([
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(signingBlockLines({ ...ubnd, capacity: 'TUQ.', signerTitle: 'Giám đốc Sở Nội vụ' })).toEqual([
      'TUQ. CHỦ TỊCH',
      'GIÁM ĐỐC SỞ NỘI VỤ',
    ]);
  });

  it('reads the head a deputy signs for from the deputy’s title', () => {
    expect(headTitleOf('Phó Giám đốc')).toBe('Giám đốc');
    expect(headTitleOf('Chủ tịch')).toBe('Chủ tịch');
  });
});
