import { type FieldErrors, get, useFormContext } from 'react-hook-form';

/** The message the editor's resolver put at a builder path, if any. */
export function messageAt(errors: FieldErrors, path: string): string | undefined {
  const error = get(errors, path) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}

export function useBuilderError(path: string): string | undefined {
  return messageAt(useFormContext().formState.errors, path);
}
