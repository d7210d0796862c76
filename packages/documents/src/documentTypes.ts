/** Decree 30/2020/NĐ-CP, Appendix III: the abbreviations of the kinds of administrative document. */
export const documentTypes = {
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  PA: 'Phương án',
  ĐA: 'Đề án',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  CĐ: 'Công điện',
  GM: 'Giấy mời',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
} as const;

export type DocumentTypeCode = keyof typeof documentTypes;

export const documentTypeName = (code: DocumentTypeCode) => documentTypes[code];

/** The code of a type named in a text ("Kế hoạch" → KH); undefined for one Appendix III does not list. */
export function documentTypeCodeOf(name: string): DocumentTypeCode | undefined {
  const wanted = name.normalize('NFC').trim().toLocaleLowerCase('vi');
  return (Object.keys(documentTypes) as DocumentTypeCode[]).find(
    (code) => documentTypes[code].toLocaleLowerCase('vi') === wanted,
  );
}

/** Số, ký hiệu as the header prints it: "Số: 44/KH-UBND", or a blank for the number to be written in. */
export function documentNumberLine(number: string | null, type: DocumentTypeCode, issuerAbbreviation: string): string {
  const padded = number && /^\d$/.test(number) ? `0${number}` : number;
  return `Số: ${padded ?? '       '}/${type}-${issuerAbbreviation}`;
}
