import type { ComputedField } from './definition';

/** A computed field's value from its operands; null when it cannot be worked out (a missing operand, division by zero). */
export function computeValue(
  field: Pick<ComputedField, 'op' | 'decimals'>,
  operands: readonly (number | null | undefined)[],
): number | null {
  const known = operands.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (field.op === 'sum')
    return known.length === 0
      ? null
      : round(
          known.reduce((a, b) => a + b, 0),
          field.decimals,
        );
  if (known.length !== operands.length || known.length === 0) return null;
  const [first, ...rest] = known as [number, ...number[]];
  switch (field.op) {
    case 'difference':
      return round(
        rest.reduce((a, b) => a - b, first),
        field.decimals,
      );
    case 'product':
      return round(
        rest.reduce((a, b) => a * b, first),
        field.decimals,
      );
    case 'ratio':
    case 'percent': {
      const divisor = rest[0] ?? 0;
      if (divisor === 0) return null;
      return round((first / divisor) * (field.op === 'percent' ? 100 : 1), field.decimals);
    }
  }
}

function round(value: number, decimals = 2): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
