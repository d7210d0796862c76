import { createContext, type ReactNode, useContext } from 'react';

/** A date control: its value and what it reports are 'YYYY-MM-DD', or '' when empty; what it shows is the app's. */
export interface DateInputProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
}

/** The browser's own control, for apps that bring no date picker of their own. */
const NativeDateInput = ({ value, onChange, onBlur, disabled }: DateInputProps) => (
  <input type="date" value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} disabled={disabled} />
);

/** The app supplies its date picker (the web app: a dd/mm/yyyy Vietnamese one); the form language stays UI-free. */
export const DateInputContext = createContext<(props: DateInputProps) => ReactNode>(NativeDateInput);

export const useDateInput = () => useContext(DateInputContext);
