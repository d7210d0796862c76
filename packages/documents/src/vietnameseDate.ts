/**
 * "Gia Lai, ngày 30 tháng 01 năm 2024": days below 10 and January and February take a leading zero (Decree
 * 30/2020, Appendix I); an undated document leaves day and month blank for the date of signing.
 */
export function placeAndDate(place: string, isoDate: string | null, year: number): string {
  if (!isoDate) return `${place}, ngày      tháng      năm ${year}`;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}
