export interface ImportedTarget {
  text: string;
  /** The template indicator it measures, when one matches; null otherwise (never guessed). */
  indicator: string | null;
  min: number;
}

export interface KnownIndicator {
  key: string;
  label: string;
}

const TARGET = /(ít nhất|tối thiểu|không dưới|không ít hơn)\s+(\d+(?:[.,]\d+)?)\s*(%?)([^.;]*)/giu;

const words = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .replace(/[“”"'(),]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1);

/** An indicator whose label's every word appears in the target's text. */
function indicatorFor(text: string, indicators: readonly KnownIndicator[]): string | null {
  const inText = new Set(words(text));
  const matching = indicators.filter((i) => words(i.label).every((w) => inText.has(w)));
  return matching.length === 1 ? matching[0]!.key : null;
}

/** Targets from "phấn đấu có ít nhất 02 mô hình “Dân vận khéo” hoạt động hiệu quả". */
export function findTargets(text: string, indicators: readonly KnownIndicator[] = []): ImportedTarget[] {
  return [...text.matchAll(TARGET)].map((m) => {
    const phrase = m[0].replace(/\s+/g, ' ').trim();
    return { text: phrase, indicator: indicatorFor(phrase, indicators), min: Number(m[2]!.replace(',', '.')) };
  });
}
