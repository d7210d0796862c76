import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { Field } from '../components/Field';
import { emptyQuestion, questionKindLabels } from './adhocQuestions';
import type { AdhocReportFormValues } from './AdhocReportForm';

interface Props {
  control: Control<AdhocReportFormValues, unknown, unknown>;
  register: UseFormRegister<AdhocReportFormValues>;
  errors: FieldErrors<AdhocReportFormValues>['questions'];
}

/** Câu hỏi: what the units answer in this report, beside the plan's indicators. */
export function AdhocQuestionsField({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'questions' });
  return (
    <fieldset>
      <legend>Câu hỏi đơn vị cần trả lời</legend>
      {fields.length === 0 && (
        <p className="muted">Chưa có câu hỏi nào: các đơn vị báo cáo số liệu chỉ tiêu và thuyết minh.</p>
      )}
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <fieldset key={field.id} className="editor-row" aria-label={`Câu hỏi ${index + 1}`}>
            <legend>Câu hỏi {index + 1}</legend>
            <div className="row">
              <Field label="Nội dung câu hỏi" error={rowErrors?.label?.message}>
                <input
                  {...register(`questions.${index}.label`)}
                  placeholder="Khó khăn, vướng mắc trong tiếp công dân"
                />
              </Field>
              <Field label="Loại câu trả lời" error={rowErrors?.kind?.message}>
                <select {...register(`questions.${index}.kind`)}>
                  {Object.entries(questionKindLabels).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <label className="choice">
              <input type="checkbox" {...register(`questions.${index}.required`)} /> Bắt buộc trả lời
            </label>
            <button type="button" className="button-link" onClick={() => remove(index)}>
              Xóa câu hỏi {index + 1}
            </button>
          </fieldset>
        );
      })}
      {errors?.root?.message && <p className="field-error">{errors.root.message}</p>}
      <button type="button" className="button-secondary" onClick={() => append(emptyQuestion)}>
        Thêm câu hỏi
      </button>
    </fieldset>
  );
}
