import type { PlanDraft } from '@cascade/forms';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { Field } from '../components/Field';

type DirectiveErrors = FieldErrors<PlanDraft>['directives'];

const emptyDirective = { number: '', date: '', issuer: '', title: '' };

/** Căn cứ: the higher documents the plan implements, one row each. */
export function DirectivesField({ control, register, errors }: { control: Control<PlanDraft>; register: UseFormRegister<PlanDraft>; errors: DirectiveErrors }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'directives' });
  return (
    <fieldset className="directives">
      <legend>Căn cứ</legend>
      {fields.length === 0 && <p className="muted">Chưa có văn bản căn cứ nào.</p>}
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <fieldset key={field.id} className="directive" aria-label={`Căn cứ ${index + 1}`}>
            <legend>Căn cứ {index + 1}</legend>
            <div className="row">
              <Field label="Số hiệu" error={rowErrors?.number?.message}>
                <input {...register(`directives.${index}.number`)} placeholder="33/CT-TTg" />
              </Field>
              <Field label="Ngày ban hành" error={rowErrors?.date?.message}>
                <input type="date" {...register(`directives.${index}.date`)} />
              </Field>
              <Field label="Cơ quan ban hành" error={rowErrors?.issuer?.message}>
                <input {...register(`directives.${index}.issuer`)} placeholder="Thủ tướng Chính phủ" />
              </Field>
            </div>
            <Field label="Trích yếu" error={rowErrors?.title?.message}>
              <input {...register(`directives.${index}.title`)} />
            </Field>
            <button type="button" className="button-link" onClick={() => remove(index)}>
              Xóa căn cứ {index + 1}
            </button>
          </fieldset>
        );
      })}
      {errors?.message && <p className="field-error">{errors.message}</p>}
      <button type="button" className="button-secondary" onClick={() => append(emptyDirective)}>
        Thêm căn cứ
      </button>
    </fieldset>
  );
}
