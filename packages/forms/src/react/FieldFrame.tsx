import type { ReactNode } from 'react';
import { get, useFormContext } from 'react-hook-form';

/** The message react-hook-form holds for a field, if any. */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** A labelled control with its help text, and its validation message below it. */
export function FieldFrame({
  name,
  label,
  help,
  required,
  children,
}: {
  name: string;
  label: string;
  help?: string | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}) {
  const error = useFieldError(name);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label>
        <span className="field-label">
          {label}
          {required && (
            <span className="field-required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </span>
        {children}
      </label>
      {help && !error && <p className="field-hint">{help}</p>}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

/** A labelled set of controls (checkboxes, a table): a fieldset, its message below it. */
export function FieldsetFrame({
  name,
  label,
  help,
  className,
  children,
}: {
  name: string;
  label: string;
  help?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const error = useFieldError(name);
  return (
    <fieldset className={className}>
      <legend>{label}</legend>
      {help && <p className="field-hint">{help}</p>}
      {children}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
