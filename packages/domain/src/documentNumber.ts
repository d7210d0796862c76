/** Số, ký hiệu of a state document: '44/KH-UBND' = number / type abbreviation - issuer abbreviation. */
export interface DocumentNumber {
  number: string;
  type: string;
  issuer: string;
}

export function formatDocumentNumber({
  number,
  type = 'KH',
  issuer = 'UBND',
}: {
  number: number | string;
  type?: string;
  issuer?: string;
}): string {
  return `${number}/${type}-${issuer}`;
}

// N/TYPE-ISSUER[-PART…]; the party format '44-KH/BCSĐ-BDVTU' and decrees with a year ('09/2019/NĐ-CP') do not match.
const STATE_NUMBER_PATTERN = /^(\d+)\/(\p{Lu}\p{L}*)-([\p{L}\d]+(?:-[\p{L}\d]+)*)$/u;

/** Reads '44/KH-UBND', also as typed in documents: '35/KH – UBND'. Null when it is not in the state format. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const normalized = text
    .normalize('NFC')
    .trim()
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s*\/\s*/g, '/');
  const match = STATE_NUMBER_PATTERN.exec(normalized);
  if (!match) return null;
  const [, number, type, issuer] = match as unknown as [string, string, string, string];
  return { number, type, issuer };
}
