import { computeValue } from '../computed';
import type { ComputedField } from '../definition';
import { formatNumber } from './formatValue';

/** A value worked out as the user types; the server works it out again on saving. */
export function ComputedOutput({ field, scopeValues }: { field: ComputedField; scopeValues: Record<string, unknown> }) {
  const operands = field.of.map((key) => (typeof scopeValues[key] === 'number' ? (scopeValues[key] as number) : null));
  const value = computeValue(field, operands);
  return (
    <div className="field field-computed">
      <span className="field-label">{field.label}</span>
      <output aria-label={field.label}>
        {value === null ? '—' : formatNumber(value)}
        {value !== null && field.unit && ` ${field.unit}`}
      </output>
      {field.help && <p className="field-hint">{field.help}</p>}
    </div>
  );
}
