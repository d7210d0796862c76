const iso = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/** "26/11/2021", "26-11-2021", "ngày 26 tháng 11 năm 2021" → "2021-11-26"; a date without its year takes `year`. */
export function parseVietnameseDate(text: string, year?: number | null): string | null {
  const spelled = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/u.exec(text);
  const numeric = /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/u.exec(text);
  const match = spelled ?? numeric;
  if (!match) return null;
  const fullYear = match[3] ? Number(match[3]) : year;
  if (!fullYear) return null;
  return iso(fullYear, Number(match[2]), Number(match[1]));
}

export const DATE_PATTERN = String.raw`\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
