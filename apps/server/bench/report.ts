export interface Figure {
  name: string;
  value: string;
  raw?: string;
  ratio?: number;
  target: string;
  pass: boolean;
}

const ms = (n: number) => `${Math.round(n)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
const rate = (n: number) => `${n.toFixed(1)}/s`;
export const format = { ms, s, rate };

/** One line per figure: the value, the raw limit measured in the same run, their ratio, the target and PASS/MISS. */
export function printFigures(figures: Figure[]) {
  const rows = [
    ['figure', 'value', 'raw limit', 'ratio', 'target', ''],
    ...figures.map((f) => [
      f.name,
      f.value,
      f.raw ?? '—',
      f.ratio === undefined ? '—' : `${f.ratio.toFixed(2)}×`,
      f.target,
      f.pass ? 'PASS' : 'MISS',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
}
