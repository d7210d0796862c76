import type { PlanIssueInput } from '@cascade/forms';
import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../components/Field';
import type { IssueFormValues } from './issueFormValues';

export interface PlanIndicator {
  key: string;
  label: string;
  target: number | null;
}

/** Chỉ tiêu: the plan's targets, handed down to every sub-plan; each unit may change its own when it issues. */
export function IssueTargetsField({
  form,
  indicators,
}: {
  form: UseFormReturn<IssueFormValues, unknown, PlanIssueInput>;
  indicators: PlanIndicator[];
}) {
  const errors = form.formState.errors.targets;
  return (
    <fieldset className="targets">
      <legend>Chỉ tiêu giao cho đơn vị cấp dưới</legend>
      <div className="row">
        {indicators.map((indicator) => (
          <Field key={indicator.key} label={indicator.label} error={errors?.[indicator.key]?.message}>
            <input
              inputMode="decimal"
              {...form.register(`targets.${indicator.key}`)}
              className="input-short"
              placeholder="Không giao"
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
