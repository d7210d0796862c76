import { unitKindLabels } from '@cascade/domain';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { Field } from '../../components/Field';
import type { TemplateFormValues } from './templateFormValues';
import { unitKinds } from './templateLabels';

interface Props {
  control: Control<TemplateFormValues, unknown, unknown>;
  register: UseFormRegister<TemplateFormValues>;
  errors: FieldErrors<TemplateFormValues>['cascade'];
}

/** Quy tắc triển khai: when a unit of one kind issues a plan, which kinds of its subordinates must issue their own. */
export function CascadeRulesField({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'cascade' });
  return (
    <fieldset>
      <legend>Triển khai xuống cấp dưới</legend>
      {fields.length === 0 && <p className="muted">Kế hoạch theo mẫu này không yêu cầu cấp dưới xây dựng kế hoạch.</p>}
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <fieldset key={field.id} className="editor-row" aria-label={`Quy tắc ${index + 1}`}>
            <legend>Quy tắc {index + 1}</legend>
            <Field label="Khi đơn vị loại này ban hành" error={rowErrors?.issuerKind?.message}>
              <select {...register(`cascade.${index}.issuerKind`)} className="input-short">
                <option value="">— Chọn —</option>
                {unitKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {unitKindLabels[kind]}
                  </option>
                ))}
              </select>
            </Field>
            <div className={rowErrors?.subordinateKinds ? 'field field-invalid' : 'field'}>
              <span className="field-label">Đơn vị cấp dưới phải xây dựng kế hoạch</span>
              <div className="checks">
                {unitKinds.map((kind) => (
                  <label key={kind}>
                    <input type="checkbox" value={kind} {...register(`cascade.${index}.subordinateKinds`)} />
                    {unitKindLabels[kind]}
                  </label>
                ))}
              </div>
              {rowErrors?.subordinateKinds?.message && (
                <p className="field-error">{rowErrors.subordinateKinds.message}</p>
              )}
            </div>
            <button type="button" className="button-link" onClick={() => remove(index)}>
              Xóa quy tắc {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() => append({ issuerKind: '', subordinateKinds: [] })}
      >
        Thêm quy tắc
      </button>
    </fieldset>
  );
}
