/** Lower case without Vietnamese diacritics, so "dak doa" finds "Đak Đoa". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Whether every word of the query appears in the text, diacritics and case aside. */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldVietnamese(text);
  return foldVietnamese(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
