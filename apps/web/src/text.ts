/** Vietnamese order (Intl.Collator('vi')): "Đ" after "D", tones after the bare letter; not code units. */
export const viCollator = new Intl.Collator('vi');

export const byVietnameseName = <T extends { name: string }>(a: T, b: T) => viCollator.compare(a.name, b.name);

/** Text without diacritics, lower-case: "Phường Diên Hồng" and "phuong dien hong" match the same search. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

export const matchesSearch = (text: string, search: string) => foldVietnamese(text).includes(foldVietnamese(search));
