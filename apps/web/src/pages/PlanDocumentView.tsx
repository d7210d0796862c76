import type { FormDefinition, FormValues } from '@cascade/forms';
import { FormValuesView, type UnitOption } from '@cascade/forms/react';

/** The plan as issued (or as a reader without drafting rights sees it): read-only, laid out by its plan form. */
export function PlanDocumentView({
  title,
  content,
  form,
  units,
}: {
  title: string;
  content: FormValues;
  form: FormDefinition;
  units: UnitOption[];
}) {
  return (
    <article className="card document">
      <h2>{title}</h2>
      <FormValuesView definition={form} values={content} units={units} />
    </article>
  );
}
