import { type FieldValues, useWatch } from 'react-hook-form';
import { BuilderFieldList } from './BuilderFieldList';
import { FormPreview } from './FormPreview';
import { useBuilderError } from './useBuilderError';

interface Props {
  /** "planForm" or "reportForm": where the builder's values sit in the template editor. */
  name: string;
  title: string;
  /** What one field is called: "Trường", "Câu hỏi". */
  noun: string;
  /** Shown while the form has no field. */
  emptyText: string;
}

/** A form built field by field, its preview beside it. */
export function FormBuilder({ name, title, noun, emptyText }: Props) {
  const problem = useBuilderError(`${name}.problem`);
  const fieldCount = ((useWatch<FieldValues>({ name: `${name}.fields` }) ?? []) as unknown[]).length;
  return (
    <fieldset aria-label={title}>
      <legend>{title}</legend>
      <div className="form-builder">
        <div>
          {fieldCount === 0 && <p className="muted">{emptyText}</p>}
          <BuilderFieldList name={`${name}.fields`} level="form" noun={noun} above={[]} />
          {problem && <p className="field-error">{problem}</p>}
        </div>
        <FormPreview name={name} title={`Xem trước ${title.toLowerCase()}`} />
      </div>
    </fieldset>
  );
}
