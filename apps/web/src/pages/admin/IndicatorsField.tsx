import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { Field } from '../../components/Field';
import { emptyIndicator, type TemplateFormValues } from './templateFormValues';
import { aggregateLabels } from './templateLabels';

interface Props {
  control: Control<TemplateFormValues, unknown, unknown>;
  register: UseFormRegister<TemplateFormValues>;
  errors: FieldErrors<TemplateFormValues>['indicators'];
}

/** Chỉ tiêu: what every report counts, how the level above adds it up, and the default target. */
export function IndicatorsField({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'indicators' });
  return (
    <fieldset>
      <legend>Chỉ tiêu</legend>
      {fields.length === 0 && <p className="muted">Chưa có chỉ tiêu nào.</p>}
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <fieldset key={field.id} className="editor-row" aria-label={`Chỉ tiêu ${index + 1}`}>
            <legend>Chỉ tiêu {index + 1}</legend>
            <div className="row">
              <Field label="Mã chỉ tiêu" error={rowErrors?.key?.message}>
                <input {...register(`indicators.${index}.key`)} placeholder="dialogues" />
              </Field>
              <Field label="Tên chỉ tiêu" error={rowErrors?.label?.message}>
                <input {...register(`indicators.${index}.label`)} placeholder="Số cuộc đối thoại với Nhân dân" />
              </Field>
              <Field label="Cách tổng hợp" error={rowErrors?.aggregate?.message}>
                <select {...register(`indicators.${index}.aggregate`)}>
                  {Object.entries(aggregateLabels).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Chỉ tiêu giao" hint="Để trống nếu không giao chỉ tiêu." error={rowErrors?.target?.message}>
                <input {...register(`indicators.${index}.target`)} inputMode="decimal" className="input-short" />
              </Field>
            </div>
            <div className="row">
              <Field label="Đơn vị tính" hint='"%" là tỷ lệ: nhập từ 0 đến 100.' error={rowErrors?.unit?.message}>
                <input {...register(`indicators.${index}.unit`)} placeholder="%" className="input-short" />
              </Field>
              <Field label="Giá trị tối đa" hint="Để trống nếu không giới hạn." error={rowErrors?.max?.message}>
                <input {...register(`indicators.${index}.max`)} inputMode="decimal" className="input-short" />
              </Field>
              <div className="checks">
                <label>
                  <input type="checkbox" {...register(`indicators.${index}.required`)} />
                  Bắt buộc nhập
                </label>
              </div>
            </div>
            <button type="button" className="button-link" onClick={() => remove(index)}>
              Xóa chỉ tiêu {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button-secondary" onClick={() => append(emptyIndicator)}>
        Thêm chỉ tiêu
      </button>
    </fieldset>
  );
}
