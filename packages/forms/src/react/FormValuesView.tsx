import type { FileValue, FormDefinition, FormField, FormValues, TableField } from '../definition';
import { FileLink } from './FileLink';
import { isVisible } from '../scope';
import { formatValue } from './formatValue';
import type { UnitOption } from './unitOptions';

/** A form's stored values as a document: long texts as sections, tables as tables, the rest as facts. */
export function FormValuesView({
  definition,
  values,
  units = [],
}: {
  definition: FormDefinition;
  values: FormValues;
  units?: readonly UnitOption[];
}) {
  return <ValuesOf fields={definition.fields} values={values} units={units} />;
}

function ValuesOf({
  fields,
  values,
  units,
}: {
  fields: readonly FormField[];
  values: FormValues;
  units: readonly UnitOption[];
}) {
  return (
    <>
      {fields.map((field) => {
        if (field.visibleWhen && !isVisible([field.visibleWhen], values)) return null;
        if (field.kind === 'group') {
          return (
            <section key={field.key} aria-label={field.label}>
              <h3>{field.label}</h3>
              <ValuesOf fields={field.fields} values={values} units={units} />
            </section>
          );
        }
        const value = values[field.key];
        if (field.kind === 'table')
          return (
            <TableView
              key={field.key}
              field={field}
              rows={Array.isArray(value) ? (value as FormValues[]) : []}
              units={units}
            />
          );
        if (field.kind === 'longText') {
          return (
            <section key={field.key} aria-label={field.label}>
              <h3>{field.label}</h3>
              <p className="prose">{formatValue(field, value, units)}</p>
            </section>
          );
        }
        return (
          <dl key={field.key} className="facts">
            <dt>{field.label}</dt>
            <dd>
              {field.kind === 'file' && value ? (
                <FileLink file={value as FileValue} text={formatValue(field, value, units)} />
              ) : (
                formatValue(field, value, units)
              )}
            </dd>
          </dl>
        );
      })}
    </>
  );
}

function TableView({ field, rows, units }: { field: TableField; rows: FormValues[]; units: readonly UnitOption[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={field.label}>
      <h3>{field.label}</h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              {field.columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {field.columns.map((c) => (
                  <td key={c.key}>{formatValue(c, row[c.key], units)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
