import { FormValuesView } from '@cascade/forms/react';
import type { Consolidation } from './reportTypes';

/** Each subordinate's answers to the round's questions, below the indicators table. */
export function ConsolidatedAnswers({ consolidation }: { consolidation: Consolidation }) {
  const { form, units } = consolidation;
  if (!form) return null;
  const answered = consolidation.reports.filter((r) => r.details !== null);
  if (answered.length === 0) return null;
  return (
    <section aria-label="Nội dung báo cáo của đơn vị cấp dưới">
      {answered.map((report) => (
        <article key={report.unitId} className="unit-answers" aria-label={`Nội dung báo cáo của ${report.unitName}`}>
          <h3>{report.unitName}</h3>
          <FormValuesView definition={form} values={report.details!} units={units} />
        </article>
      ))}
    </section>
  );
}
