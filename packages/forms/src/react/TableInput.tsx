import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { TableField } from '../definition';
import { emptyRowOf } from '../emptyValues';
import { FieldsetFrame } from './FieldFrame';
import { ScopeFields } from './ScopeFields';
import type { UnitOption } from './unitOptions';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** A repeating table: one fieldset per row ("Căn cứ 1"), rows added and removed by the user. */
export function TableInput({ field, name, units }: { field: TableField; name: string; units: readonly UnitOption[] }) {
  const { control } = useFormContext();
  const { fields: rows, append, remove } = useFieldArray({ control, name });
  const rowLabel = field.rowLabel ?? field.label;
  const isFull = field.maxRows !== undefined && rows.length >= field.maxRows;
  return (
    <FieldsetFrame name={name} label={field.label} help={field.help} className="table-field">
      {rows.length === 0 && <p className="muted">Chưa có {lowerFirst(rowLabel)} nào.</p>}
      {rows.map((row, index) => (
        <fieldset key={row.id} className="table-row" aria-label={`${rowLabel} ${index + 1}`}>
          <legend>
            {rowLabel} {index + 1}
          </legend>
          <TableRow field={field} name={`${name}.${index}`} units={units} />
          <button type="button" className="button-link" onClick={() => remove(index)}>
            Xóa {lowerFirst(rowLabel)} {index + 1}
          </button>
        </fieldset>
      ))}
      {!isFull && (
        <button type="button" className="button-secondary" onClick={() => append(emptyRowOf(field))}>
          Thêm {lowerFirst(rowLabel)}
        </button>
      )}
    </FieldsetFrame>
  );
}

function TableRow({ field, name, units }: { field: TableField; name: string; units: readonly UnitOption[] }) {
  const rowValues = (useWatch({ name }) ?? {}) as Record<string, unknown>;
  return (
    <div className="row">
      <ScopeFields fields={field.columns} prefix={`${name}.`} scopeValues={rowValues} units={units} />
    </div>
  );
}
