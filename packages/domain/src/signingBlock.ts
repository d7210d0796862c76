import type { SigningCapacity } from './planDocument';

/** Who signs: the body's collective name when a collective body signs (ỦY BAN NHÂN DÂN), its head's title, the signer's own. */
export interface SigningAuthority {
  capacity: SigningCapacity;
  /** "ỦY BAN NHÂN DÂN" for a body run collectively; null for a body led by one head (a Sở, a Phòng). */
  collectiveName: string | null;
  /** The head the signer signs for: "Chủ tịch", "Giám đốc". */
  headTitle: string;
  /** The signer's own position: "Phó Chủ tịch". */
  signerTitle: string;
}

const upper = (text: string) => text.normalize('NFC').trim().toLocaleUpperCase('vi');

/**
 * The upper-case lines above the signature (Decree 30/2020, Appendix I): "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
 * "PHÓ CHỦ TỊCH". A collective body's head signs on its behalf (TM.); a deputy signs for the head (KT.).
 */
export function signingBlockLines({ capacity, collectiveName, headTitle, signerTitle }: SigningAuthority): string[] {
  const onBehalf = collectiveName ? [`TM. ${upper(collectiveName)}`] : [];
  const head = upper(headTitle);
  switch (capacity) {
    case 'TM.':
      return [...onBehalf, upper(signerTitle)];
    case 'KT.':
      return [...onBehalf, `KT. ${head}`, upper(signerTitle)];
    case 'Q.':
      return [...onBehalf, `Q. ${head}`];
    case 'TL.':
    case 'TUQ.':
      return [`${capacity} ${head}`, upper(signerTitle)];
  }
}

/** The head a deputy signs for: "Phó Giám đốc" → "Giám đốc"; the title itself when it is not a deputy's. */
export function headTitleOf(signerTitle: string): string {
  return signerTitle.trim().replace(/^phó\s+/iu, '');
}
