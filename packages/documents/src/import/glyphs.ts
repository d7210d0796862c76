// Letters from other scripts that broken PDF font maps put in place of Latin ones that look the same.
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Đ: 'Đ',
  Ð: 'Đ',
  ð: 'đ',
  ɗ: 'đ',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

// Vietnamese letters take at most one shape mark (circumflex, breve, horn) and one tone mark, in that order.
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
// Look-alike spacing accents some fonts map instead of combining ones: ´ ` ˜ ˀ.
const SPACING_TO_COMBINING: Record<string, string> = { '´': '\u0301', '`': '\u0300', '˜': '\u0303', '˙': '\u0323' };

function repairMarks(text: string): string {
  let decomposed = text.normalize('NFD');
  // A mark cut from its letter by a space, or a spacing accent glued to a letter: back onto the letter.
  decomposed = decomposed.replace(/(\p{L})\s+(\p{M}+)/gu, '$1$2');
  decomposed = decomposed.replace(
    /(\p{L}\p{M}*)([´`˜˙])/gu,
    (_, letter: string, accent: string) => letter + SPACING_TO_COMBINING[accent],
  );
  // A mark before its letter (typed first): move it after the letter it precedes, when it starts a word.
  decomposed = decomposed.replace(/(^|[\s(“"])(\p{M}+)(\p{L})/gu, '$1$3$2');
  // Within each letter's run of marks: shape first, then one tone; duplicates dropped.
  return decomposed.replace(/(\p{L})(\p{M}{2,})/gu, (_, letter: string, marks: string) => {
    const list = [...new Set(marks)];
    const shapes = list.filter((m) => SHAPE_MARKS.has(m));
    const tones = list.filter((m) => TONE_MARKS.has(m));
    const others = list.filter((m) => !SHAPE_MARKS.has(m) && !TONE_MARKS.has(m));
    return letter + shapes.join('') + others.join('') + tones.slice(0, 1).join('');
  });
}

/** Text as its author typed it: look-alike letters from other scripts mapped back, combining marks repaired, NFC. */
export function normalizeGlyphs(text: string): string {
  const mapped = text.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c);
  return repairMarks(mapped)
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '');
}
