import { documentTypes } from './documentTypes';

/** Kinds a plan cites beside Appendix III's: laws and the Party's and the Government's own documents. */
const citedTypes: Record<string, string> = {
  ...documentTypes,
  NQ: 'Nghị quyết',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  KL: 'Kết luận',
  QĐi: 'Quy định',
  CV: 'Văn bản',
};

/**
 * The kind of a cited document from its number: "33/CT-TTg" (state), "03-CTr/BDVTU-BCSĐ" (Party),
 * "30/2020/NĐ-CP" (with a year); "Văn bản" when the number does not say.
 */
export function citedTypeName(number: string): string {
  const text = number
    .normalize('NFC')
    .replace(/\s*[-–—]\s*/gu, '-')
    .replace(/\s*\/\s*/gu, '/');
  const code = /^\d+-(\p{L}+)\//u.exec(text)?.[1] ?? /^\d+(?:\/\d{4})?\/(\p{L}+)-/u.exec(text)?.[1] ?? undefined;
  return (code && citedTypes[code]) || 'Văn bản';
}
