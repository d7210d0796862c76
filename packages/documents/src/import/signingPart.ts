import { cleanLine } from './cleanLines';

export interface ImportedSigner {
  capacity: string[];
  position: string | null;
  name: string | null;
}

const isUpperLine = (line: string) => /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi');
const CAPACITY = /^(TM|KT|Q|TL|TUQ)\.\s*\S/u;

/** Nơi nhận: one recipient per dash, a line broken inside one joined to it; without the dash and the closing ";". */
export function parseRecipients(lines: readonly string[]): { recipients: string[]; end: number } {
  const recipients: string[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line) continue;
    const last = recipients[recipients.length - 1];
    if (/^[-–•+]\s*/u.test(line)) recipients.push(line.replace(/^[-–•+]\s*/u, ''));
    else if (last !== undefined && !/[;.]$/u.test(last) && !isUpperLine(line))
      recipients[recipients.length - 1] = `${last} ${line}`;
    else break;
  }
  return { recipients: recipients.map((r) => r.replace(/[;.,]\s*$/u, '').trim()).filter(Boolean), end: index };
}

/** The signing block: capacity lines (TM./KT./…), the position, then the name below the signature. */
export function parseSigner(lines: readonly string[]): ImportedSigner | null {
  const cleaned = lines.map(cleanLine).filter(Boolean);
  const first = cleaned.findIndex((l) => isUpperLine(l) && /\p{L}{2,}/u.test(l));
  if (first < 0) return null;
  const capacity: string[] = [];
  let i = first;
  for (; i < cleaned.length && CAPACITY.test(cleaned[i]!); i++) capacity.push(cleaned[i]!);
  const position = i < cleaned.length && isUpperLine(cleaned[i]!) && !CAPACITY.test(cleaned[i]!) ? cleaned[i++]! : null;
  const name = cleaned.slice(i).find((l) => !isUpperLine(l) && l.length <= 60 && /^\p{Lu}/u.test(l)) ?? null;
  if (capacity.length === 0 && !position) return null;
  return { capacity, position, name };
}
