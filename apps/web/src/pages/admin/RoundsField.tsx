import { type Control, type FieldErrors, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { Field } from '../../components/Field';
import { emptyRound, type TemplateFormValues } from './templateFormValues';
import { periodLabels } from './templateLabels';

type FormControl = Control<TemplateFormValues, unknown, unknown>;
type RoundErrors = NonNullable<FieldErrors<TemplateFormValues>['rounds']>[number];

interface Props {
  control: FormControl;
  register: UseFormRegister<TemplateFormValues>;
  errors: FieldErrors<TemplateFormValues>['rounds'];
}

/** Kỳ báo cáo: each line is one round a year, or twelve monthly rounds. */
export function RoundsField({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'rounds' });
  return (
    <fieldset>
      <legend>Kỳ báo cáo</legend>
      {fields.length === 0 && <p className="muted">Chưa có kỳ báo cáo nào.</p>}
      {fields.map((field, index) => (
        <RoundRow
          key={field.id}
          index={index}
          control={control}
          register={register}
          errors={errors?.[index]}
          onRemove={() => remove(index)}
        />
      ))}
      {errors?.message && <p className="field-error">{errors.message}</p>}
      <button type="button" className="button-secondary" onClick={() => append(emptyRound)}>
        Thêm kỳ báo cáo
      </button>
    </fieldset>
  );
}

function RoundRow({
  index,
  control,
  register,
  errors,
  onRemove,
}: {
  index: number;
  control: FormControl;
  register: Props['register'];
  errors: RoundErrors | undefined;
  onRemove: () => void;
}) {
  const isMonthly = useWatch({ control, name: `rounds.${index}.schedule` }) === 'monthly';
  return (
    <fieldset className="editor-row" aria-label={`Kỳ báo cáo ${index + 1}`}>
      <legend>Kỳ báo cáo {index + 1}</legend>
      <div className="row">
        <Field label="Mã kỳ" error={errors?.key?.message}>
          <input {...register(`rounds.${index}.key`)} placeholder="H1" />
        </Field>
        <Field label="Tên kỳ" error={errors?.label?.message}>
          <input {...register(`rounds.${index}.label`)} placeholder="Báo cáo sơ kết 6 tháng" />
        </Field>
        <Field label="Sơ kết, tổng kết" error={errors?.review?.message}>
          <select {...register(`rounds.${index}.review`)}>
            <option value="none">Không</option>
            <option value="midYear">Sơ kết</option>
            <option value="annual">Tổng kết</option>
          </select>
        </Field>
      </div>
      <div className="row">
        <Field label="Tần suất" error={errors?.schedule?.message}>
          <select {...register(`rounds.${index}.schedule`)}>
            <option value="once">Một lần trong năm</option>
            <option value="monthly">Hằng tháng</option>
          </select>
        </Field>
        {isMonthly ? (
          <Field
            label="Ngày hạn nộp hằng tháng"
            hint="Từ 1 đến 31; tháng ngắn hơn lấy ngày cuối tháng."
            error={errors?.dueDay?.message}
          >
            <input {...register(`rounds.${index}.dueDay`)} inputMode="numeric" className="input-short" />
          </Field>
        ) : (
          <>
            <Field label="Loại kỳ" error={errors?.period?.message}>
              <select {...register(`rounds.${index}.period`)}>
                {Object.entries(periodLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label="Thứ tự kỳ"
              hint="Tháng, quý hoặc nửa năm thứ mấy; để trống nếu là cả năm."
              error={errors?.index?.message}
            >
              <input {...register(`rounds.${index}.index`)} inputMode="numeric" className="input-short" />
            </Field>
            <Field
              label="Hạn nộp (MM-DD)"
              hint="Tháng-ngày, ví dụ 05-10 là trước ngày 10/5."
              error={errors?.dueMonthDay?.message}
            >
              <input {...register(`rounds.${index}.dueMonthDay`)} placeholder="05-10" className="input-short" />
            </Field>
          </>
        )}
      </div>
      <button type="button" className="button-link" onClick={onRemove}>
        Xóa kỳ báo cáo {index + 1}
      </button>
    </fieldset>
  );
}
