import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { VnDateInput } from './VnDateInput';

/** A react-hook-form field holding 'YYYY-MM-DD', shown and typed as dd/mm/yyyy. */
export function FormDateInput<T extends FieldValues, TOutput>({
  control,
  name,
  disabled,
}: {
  control: Control<T, unknown, TOutput>;
  name: FieldPath<T>;
  disabled?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { value, onChange, onBlur } }) => (
        <VnDateInput
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          onBlur={onBlur}
          disabled={disabled ?? false}
        />
      )}
    />
  );
}
