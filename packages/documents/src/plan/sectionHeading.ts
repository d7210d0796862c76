const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const NUMBERED = /^([IVXLC]+)\s*[.\-–]\s*(.+)$/u;

/** "I. Mục đích, yêu cầu" → "I. MỤC ĐÍCH, YÊU CẦU"; a label without its numeral takes the next one. */
export function sectionHeading(label: string, index: number): string {
  const match = NUMBERED.exec(label.trim());
  const numeral = match ? match[1]! : (ROMAN[index] ?? String(index + 1));
  const text = match ? match[2]! : label.trim();
  return `${numeral}. ${text.toLocaleUpperCase('vi')}`;
}
