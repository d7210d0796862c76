import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../components/Field';
import type { ConditionTarget } from './conditionTargets';
import { useBuilderError } from './useBuilderError';

/** Chỉ hiện khi: an earlier choice field of the same scope, and the option that shows this field. */
export function VisibleWhenInput({ name, targets }: { name: string; targets: ConditionTarget[] }) {
  const { register } = useFormContext();
  const field = useWatch({ name: `${name}.field` }) as string;
  const error = useBuilderError(`${name}.field`);
  const target = targets.find((t) => t.key === field);
  return (
    <div className="row">
      <Field label="Chỉ hiện khi" error={error}>
        <select {...register(`${name}.field`)}>
          <option value="">Luôn hiện</option>
          {targets.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
          {field && !target && <option value={field}>{field}</option>}
        </select>
      </Field>
      {field && (
        <Field label="Có giá trị">
          {target ? (
            <select {...register(`${name}.value`)}>
              <option value="">— Chọn phương án —</option>
              {target.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input {...register(`${name}.value`)} />
          )}
        </Field>
      )}
    </div>
  );
}
