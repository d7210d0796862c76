import { Controller, useFormContext } from 'react-hook-form';
import type { ChoiceOption } from '../definition';
import { FieldsetFrame } from './FieldFrame';

/** Checkboxes whose value is the list of the options ticked. */
export function MultipleChoiceInput({
  name,
  label,
  help,
  options,
}: {
  name: string;
  label: string;
  help?: string | undefined;
  options: readonly ChoiceOption[];
}) {
  const { control } = useFormContext();
  return (
    <FieldsetFrame name={name} label={label} help={help} className="choices">
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const picked: unknown[] = Array.isArray(field.value) ? field.value : [];
          const toggle = (value: string, isChecked: boolean) =>
            field.onChange(isChecked ? [...picked, value] : picked.filter((v) => v !== value));
          return (
            <>
              {options.map((o) => (
                <label key={o.value} className="choice">
                  <input
                    type="checkbox"
                    checked={picked.includes(o.value)}
                    onChange={(e) => toggle(o.value, e.target.checked)}
                    onBlur={field.onBlur}
                  />
                  {o.label}
                </label>
              ))}
            </>
          );
        }}
      />
    </FieldsetFrame>
  );
}
