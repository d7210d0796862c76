import { useWatch } from 'react-hook-form';
import type { FormDefinition } from '../definition';
import { ScopeFields } from './ScopeFields';
import type { UnitOption } from './unitOptions';

/**
 * A form definition's fields, inside the caller's react-hook-form `FormProvider`; the values sit at the top
 * level of the form's values, by field key.
 */
export function FormFields({ definition, units = [] }: { definition: FormDefinition; units?: readonly UnitOption[] }) {
  const values = (useWatch() ?? {}) as Record<string, unknown>;
  return <ScopeFields fields={definition.fields} prefix="" scopeValues={values} units={units} />;
}
