import type { FieldKind } from '@cascade/forms';
import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { BuilderFieldList } from './BuilderFieldList';
import type { ConditionTarget } from './conditionTargets';
import {
  choiceKinds,
  columnKinds,
  editableKinds,
  fieldKindLabels,
  numberKinds,
  unrequirableKinds,
} from './fieldKindLabels';
import { suggestKey } from './formBuilderValues';
import { messageAt } from './useBuilderError';
import { VisibleWhenInput } from './VisibleWhenInput';

/** Where a field sits: the form's own fields, a group's fields, or a table's columns. */
export type BuilderLevel = 'form' | 'group' | 'column';

const kindsAt: Record<BuilderLevel, FieldKind[]> = {
  form: editableKinds,
  group: editableKinds.filter((kind) => kind !== 'group'),
  column: columnKinds,
};

/** One field's settings; what the builder does not edit (a computed or file field's settings) is kept as loaded. */
export function BuilderFieldEditor({
  name,
  level,
  targets,
}: {
  name: string;
  level: BuilderLevel;
  targets: ConditionTarget[];
}) {
  const { register, getValues, setValue, formState } = useFormContext();
  const kind = useWatch({ name: `${name}.kind` }) as FieldKind;
  const [keyError, labelError, helpError, optionsError, minError, maxError, rowLabelError, maxRowsError, problem] = [
    'key',
    'label',
    'help',
    'options',
    'min',
    'max',
    'rowLabel',
    'maxRows',
    'problem',
  ].map((path) => messageAt(formState.errors, `${name}.${path}`));
  const kinds = kindsAt[level].includes(kind) ? kindsAt[level] : [...kindsAt[level], kind];
  const suggestMissingKey = () => {
    if (!String(getValues(`${name}.key`)).trim())
      setValue(`${name}.key`, suggestKey(String(getValues(`${name}.label`))));
  };
  return (
    <>
      <div className="row">
        <Field label="Nhãn" error={labelError}>
          <input {...register(`${name}.label`, { onBlur: suggestMissingKey })} placeholder="Khó khăn, vướng mắc" />
        </Field>
        <Field label="Mã trường" hint="Gợi ý từ nhãn, sửa được." error={keyError}>
          <input {...register(`${name}.key`)} />
        </Field>
        <Field label="Loại">
          <select {...register(`${name}.kind`)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {fieldKindLabels[k]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {!unrequirableKinds.has(kind) && (
        <label className="choice">
          <input type="checkbox" {...register(`${name}.required`)} /> Bắt buộc
        </label>
      )}
      <Field label="Hướng dẫn" error={helpError}>
        <input {...register(`${name}.help`)} />
      </Field>
      {choiceKinds.has(kind) && (
        <Field label="Phương án" hint="Mỗi dòng một phương án." error={optionsError}>
          <textarea {...register(`${name}.options`)} rows={3} />
        </Field>
      )}
      {numberKinds.has(kind) && (
        <div className="row">
          <Field label="Giá trị nhỏ nhất" error={minError}>
            <input {...register(`${name}.min`)} inputMode="decimal" className="input-short" />
          </Field>
          <Field label="Giá trị lớn nhất" error={maxError}>
            <input {...register(`${name}.max`)} inputMode="decimal" className="input-short" />
          </Field>
        </div>
      )}
      {(kind === 'computed' || kind === 'file' || (kind === 'group' && level !== 'form')) && (
        <p className="muted">Các thiết lập khác của {fieldKindLabels[kind].toLowerCase()} được giữ nguyên.</p>
      )}
      <VisibleWhenInput name={`${name}.visibleWhen`} targets={targets} />
      {kind === 'table' && (
        <fieldset>
          <legend>Các cột của bảng</legend>
          <div className="row">
            <Field label="Tên một dòng" hint="Ví dụ: Căn cứ (nút thêm dòng là “Thêm căn cứ”)." error={rowLabelError}>
              <input {...register(`${name}.rowLabel`)} />
            </Field>
            <Field label="Số dòng tối đa" hint="Để trống nếu không giới hạn." error={maxRowsError}>
              <input {...register(`${name}.maxRows`)} inputMode="numeric" className="input-short" />
            </Field>
          </div>
          <BuilderFieldList name={`${name}.columns`} level="column" noun="Cột" above={[]} />
        </fieldset>
      )}
      {kind === 'group' && level === 'form' && (
        <fieldset>
          <legend>Các trường trong mục</legend>
          <BuilderFieldList name={`${name}.fields`} level="group" noun="Trường trong mục" above={targets} />
        </fieldset>
      )}
      {problem && <p className="field-error">{problem}</p>}
    </>
  );
}
