import type { FormDefinition, FormField } from '@cascade/forms';
import { fieldKindLabels } from './formBuilder/fieldKindLabels';

/** A form's fields as an administrator reads them: by default, the questions reports answer beside the indicators. */
export function FormOutline({ form, label = 'Câu hỏi của báo cáo' }: { form: FormDefinition; label?: string }) {
  return (
    <ul aria-label={label}>
      {form.fields.map((field) => (
        <FieldLine key={field.key} field={field} />
      ))}
    </ul>
  );
}

function FieldLine({ field }: { field: FormField }) {
  const required = 'required' in field && field.required ? ', bắt buộc' : '';
  return (
    <li>
      {field.label}{' '}
      <span className="muted">
        ({fieldKindLabels[field.kind]}
        {required})
      </span>
      {field.kind === 'group' && (
        <ul>
          {field.fields.map((f) => (
            <FieldLine key={f.key} field={f} />
          ))}
        </ul>
      )}
      {field.kind === 'table' && (
        <ul>
          {field.columns.map((f) => (
            <FieldLine key={f.key} field={f} />
          ))}
        </ul>
      )}
    </li>
  );
}
