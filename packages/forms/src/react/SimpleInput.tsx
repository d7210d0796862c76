import { Controller, useFormContext } from 'react-hook-form';
import type { ColumnField } from '../definition';
import { ComputedOutput } from './ComputedOutput';
import { useDateInput } from './dateInput';
import { FieldFrame } from './FieldFrame';
import { MultipleChoiceInput } from './MultipleChoiceInput';
import type { UnitOption } from './unitOptions';

const toNumber = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

/** One control for a field that holds a single value (or a set of choices), with its label and message. */
export function SimpleInput({
  field,
  name,
  scopeValues,
  units,
}: {
  field: ColumnField;
  name: string;
  scopeValues: Record<string, unknown>;
  units: readonly UnitOption[];
}) {
  const { register, control } = useFormContext();
  const DateInput = useDateInput();
  const frame = { name, label: field.label, help: field.help, required: 'required' in field && field.required };
  switch (field.kind) {
    case 'shortText':
      return (
        <FieldFrame {...frame}>
          <input {...register(name)} />
        </FieldFrame>
      );
    case 'longText':
      return (
        <FieldFrame {...frame}>
          <textarea rows={6} {...register(name)} />
        </FieldFrame>
      );
    case 'number':
    case 'integer':
      return (
        <FieldFrame {...frame}>
          <span className="input-with-unit">
            <input
              type="number"
              inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
              step={field.kind === 'integer' ? 1 : 'any'}
              min={field.min}
              max={field.max}
              {...register(name, { setValueAs: toNumber })}
            />
            {field.unit && <span className="input-unit">{field.unit}</span>}
          </span>
        </FieldFrame>
      );
    case 'date':
      return (
        <FieldFrame {...frame}>
          <Controller
            control={control}
            name={name}
            render={({ field: { value, onChange, onBlur } }) => (
              <DateInput value={typeof value === 'string' ? value : ''} onChange={onChange} onBlur={onBlur} />
            )}
          />
        </FieldFrame>
      );
    case 'singleChoice':
      return (
        <FieldFrame {...frame}>
          <select {...register(name)}>
            <option value="">— Chọn —</option>
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldFrame>
      );
    case 'multipleChoice':
      return <MultipleChoiceInput name={name} label={field.label} help={field.help} options={field.options} />;
    case 'unit':
      return field.multiple ? (
        <MultipleChoiceInput
          name={name}
          label={field.label}
          help={field.help}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
      ) : (
        <FieldFrame {...frame}>
          <select {...register(name)}>
            <option value="">— Chọn đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </FieldFrame>
      );
    case 'computed':
      return <ComputedOutput field={field} scopeValues={scopeValues} />;
  }
}
