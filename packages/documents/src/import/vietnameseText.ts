const VOWELS = /[aăâeêioôơuưy]/iu;

const hasVowel = (token: string) => VOWELS.test(token.normalize('NFD').replace(/\p{M}/gu, ''));
const isLowerWord = (token: string) => /^\p{Ll}+$/u.test(token);

/**
 * Joins words a PDF split with spaces: a run of single letters one space apart ("K Ế  H O Ạ C H", words two apart)
 * becomes one word, and a
 * lower-case fragment with no vowel ("hoạ ch") joins the syllable before it, since no Vietnamese syllable lacks one.
 */
export function joinSplitWords(line: string): string {
  const spaced = line.replace(/(?:^|(?<=\s))(\p{Lu}(?: \p{Lu})+|\p{L}(?: \p{L}){2,})(?=\s|$|[.,;:])/gu, (run: string) =>
    run.replace(/ /g, ''),
  );
  const tokens = spaced.split(/( +)/);
  const out: string[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 2];
    if (
      !/^ +$/.test(token) &&
      isLowerWord(token) &&
      !hasVowel(token) &&
      previous !== undefined &&
      /\p{L}$/u.test(previous)
    ) {
      out.pop();
      out[out.length - 1] = previous + token;
      continue;
    }
    out.push(token);
  }
  return out.join('');
}
