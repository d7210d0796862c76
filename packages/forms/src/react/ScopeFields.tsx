import type { FormField } from '../definition';
import { isVisible } from '../scope';
import { FileInput } from './FileInput';
import { SimpleInput } from './SimpleInput';
import { TableInput } from './TableInput';
import type { UnitOption } from './unitOptions';

/** The visible fields of one scope (the form, or a table row), groups as sections. */
export function ScopeFields({
  fields,
  prefix,
  scopeValues,
  units,
}: {
  fields: readonly FormField[];
  prefix: string;
  scopeValues: Record<string, unknown>;
  units: readonly UnitOption[];
}) {
  return (
    <>
      {fields.map((field) => {
        if (field.visibleWhen && !isVisible([field.visibleWhen], scopeValues)) return null;
        const name = `${prefix}${field.key}`;
        switch (field.kind) {
          case 'group':
            return (
              <section key={field.key} className="form-section" aria-label={field.label}>
                <h3>{field.label}</h3>
                {field.help && <p className="field-hint">{field.help}</p>}
                <ScopeFields fields={field.fields} prefix={prefix} scopeValues={scopeValues} units={units} />
              </section>
            );
          case 'table':
            return <TableInput key={field.key} field={field} name={name} units={units} />;
          case 'file':
            return <FileInput key={field.key} field={field} name={name} />;
          default:
            return <SimpleInput key={field.key} field={field} name={name} scopeValues={scopeValues} units={units} />;
        }
      })}
    </>
  );
}
