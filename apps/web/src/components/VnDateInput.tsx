import type { DateInputProps } from '@cascade/forms/react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const isoFormat = 'YYYY-MM-DD';
/** How Vietnamese documents write dates; d/m/yyyy is read too. */
const shownFormats = ['DD/MM/YYYY', 'D/M/YYYY'];

/** antd's Vietnamese date picker over a 'YYYY-MM-DD' value: dd/mm/yyyy in and out. */
export function VnDateInput({ value, onChange, onBlur, disabled, className }: DateInputProps & { className?: string }) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : null;
  return (
    <DatePicker
      value={day?.isValid() ? day : null}
      format={shownFormats}
      placeholder="dd/mm/yyyy"
      onChange={(picked) => onChange(picked ? picked.format(isoFormat) : '')}
      onBlur={onBlur}
      disabled={disabled}
      className={className}
      style={{ width: '100%', maxWidth: '12rem' }}
    />
  );
}

/** The same picker inside an antd Form.Item, which hands it value and onChange. */
export const FormItemDateInput = ({ value, onChange }: Partial<DateInputProps>) => (
  <VnDateInput value={value ?? ''} onChange={(day) => onChange?.(day)} />
);
