import { type FieldValues, useFieldArray, useWatch } from 'react-hook-form';
import { BuilderFieldEditor, type BuilderLevel } from './BuilderFieldEditor';
import { type ConditionTarget, conditionTargetsOf } from './conditionTargets';
import { type BuilderField, emptyBuilderField } from './formBuilderValues';

interface Props {
  /** The field array's path: "planForm.fields", "reportForm.fields.2.columns"… */
  name: string;
  level: BuilderLevel;
  /** What one item is called: "Câu hỏi", "Cột"… */
  noun: string;
  /** Choice fields above the list in the same scope. */
  above: ConditionTarget[];
}

/** A list of fields to add, remove and reorder. */
export function BuilderFieldList({ name, level, noun, above }: Props) {
  const { fields, append, remove, move } = useFieldArray({ name });
  const values = (useWatch<FieldValues>({ name }) ?? []) as BuilderField[];
  const lower = noun.toLowerCase();
  return (
    <>
      {fields.map((field, index) => {
        const title = `${noun} ${index + 1}`;
        return (
          <fieldset key={field.id} className="editor-row" aria-label={title}>
            <legend>{title}</legend>
            <BuilderFieldEditor
              name={`${name}.${index}`}
              level={level}
              targets={[...above, ...conditionTargetsOf(values.slice(0, index))]}
            />
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={`Chuyển ${lower} ${index + 1} lên`}
              >
                Lên
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={`Chuyển ${lower} ${index + 1} xuống`}
              >
                Xuống
              </button>
              <button type="button" className="button-link" onClick={() => remove(index)}>
                Xóa {lower} {index + 1}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="button-secondary" onClick={() => append(emptyBuilderField)}>
        Thêm {lower}
      </button>
    </>
  );
}
