import type { FormDefinition } from './definition';
import { formDefinitionSchema } from './formDefinition';
import { entriesOf } from './scope';

/** Keys the report form fills beside the form's own answers: the indicators, the narrative, the review. */
const reservedKeys = new Set(['values', 'narrative', 'review']);

/**
 * The extra questions a report answers, beside the template's indicators: reserved keys are refused, and so are
 * indicators, which the template declares once so that every round sums them the same way.
 */
export const reportFormSchema = formDefinitionSchema.superRefine((form, ctx) => {
  for (const { field, path } of entriesOf(form.fields)) {
    if (reservedKeys.has(field.key))
      ctx.addIssue({
        code: 'custom',
        message: `Mã trường "${field.key}" dành cho phần chung của báo cáo, hãy đặt mã khác`,
        path: [...path, 'key'],
      });
    if ('indicator' in field && field.indicator) {
      ctx.addIssue({
        code: 'custom',
        message: `Chỉ tiêu "${field.label}" khai báo ở phần chỉ tiêu của mẫu kế hoạch, không đặt trong biểu mẫu báo cáo`,
        path: [...path, 'indicator'],
      });
    }
  }
});

/** A round without questions: its reports answer nothing beyond the indicators, the narrative and the review. */
export const noReportQuestions: FormDefinition = { schemaVersion: 1, fields: [] };
