import {
  emptyValuesFor,
  type FormContext,
  type FormDefinition,
  type FormValues,
  noReportQuestions,
  valuesSchemaFor,
} from '@cascade/forms';
import { type IndicatorBounds, indicatorValueError } from '@cascade/domain';
import { z } from 'zod';
import { parseNumberInput, toNumberInput } from '../../numbers';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const indicatorValue = z
  .string()
  .refine((text) => text.trim() === '' || parseNumberInput(text) !== null, 'Nhập một số không âm, ví dụ 2 hoặc 92,5')
  .transform(parseNumberInput);

const selfScore = z
  .string()
  .refine((text) => text.trim() !== '', 'Nhập điểm tự chấm')
  .transform(parseNumberInput)
  .refine((score) => score !== null && score <= 100, 'Điểm tự chấm là một số từ 0 đến 100')
  .transform((score) => score ?? 0);

/** Sơ kết / tổng kết: results against targets, self-assessment, commendation proposals one per line. */
const reviewSchema = z.object({
  results: z.string().trim().min(1, 'Nhập kết quả so với chỉ tiêu').max(50_000, 'Nội dung quá dài'),
  limitations: z.string().trim().max(50_000, 'Nội dung quá dài'),
  proposals: z.string().trim().max(50_000, 'Nội dung quá dài'),
  selfScore,
  commendations: z
    .string()
    .transform(lines)
    .pipe(
      z.array(z.string().max(500, 'Mỗi đề nghị khen thưởng tối đa 500 ký tự')).max(50, 'Tối đa 50 đề nghị khen thưởng'),
    ),
});

/** The form edits text; what it yields is the input of reports.submit. `review` is present only in review rounds. */
export const reportFormSchema = z.object({
  values: z.record(z.string(), indicatorValue),
  narrative: z.string().trim().max(50_000, 'Thuyết minh quá dài'),
  review: reviewSchema.optional(),
});

export type ReportFormValues = z.input<typeof reportFormSchema>;

/** The form's values: the indicators, narrative and review, and beside them the answers to the round's questions, by key. */
export type ReportFormFields = ReportFormValues & FormValues;
export type ReportInput = z.output<typeof reportFormSchema> & { details: FormValues };

/** The round's questions are checked by the same rules the server applies; their messages sit on their own fields. */
export function reportFormSchemaFor(
  questions: FormDefinition | null,
  context: FormContext,
  indicators: readonly (IndicatorBounds & { key: string })[] = [],
): z.ZodType<ReportInput, ReportFormFields> {
  const detailsSchema = valuesSchemaFor(questions ?? noReportQuestions, context);
  return z.custom<ReportFormFields>().transform(({ values, narrative, review, ...answers }, ctx) => {
    const [report, details] = [
      reportFormSchema.safeParse({ values, narrative, review }),
      detailsSchema.safeParse(answers),
    ];
    for (const issue of [...(report.error?.issues ?? []), ...(details.error?.issues ?? [])])
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    const outOfRange = report.success
      ? indicators.flatMap((indicator) => {
          const message = indicatorValueError(indicator, report.data.values[indicator.key] ?? null);
          return message ? [{ message, path: ['values', indicator.key] }] : [];
        })
      : [];
    for (const { message, path } of outOfRange) ctx.addIssue({ code: 'custom', message, path });
    return report.success && details.success && outOfRange.length === 0
      ? { ...report.data, details: details.data }
      : z.NEVER;
  });
}

/** A review as the server stored it; anything else is not offered back to the form. */
export const storedReviewSchema = z.object({
  results: z.string(),
  limitations: z.string(),
  proposals: z.string(),
  selfScore: z.number(),
  commendations: z.array(z.string()),
});

interface Prefill {
  indicatorKeys: string[];
  hasReview: boolean;
  questions: FormDefinition | null;
  latest: { values: Record<string, number | null>; narrative: string; review: unknown; details: FormValues } | null;
  aggregates: Record<string, number | null> | null;
}

/** A resubmission starts from what was sent; a first report from the subordinates' totals, when there are any. */
export function reportFormDefaults({
  indicatorKeys,
  hasReview,
  questions,
  latest,
  aggregates,
}: Prefill): ReportFormFields {
  const source = latest?.values ?? aggregates ?? {};
  const values = Object.fromEntries(indicatorKeys.map((key) => [key, toNumberInput(source[key])]));
  const narrative = latest?.narrative ?? '';
  const answers = questions ? { ...emptyValuesFor(questions), ...latest?.details } : {};
  if (!hasReview) return { ...answers, values, narrative };
  const review = storedReviewSchema.safeParse(latest?.review);
  return {
    ...answers,
    values,
    narrative,
    review: review.success
      ? {
          ...review.data,
          selfScore: toNumberInput(review.data.selfScore),
          commendations: review.data.commendations.join('\n'),
        }
      : { results: '', limitations: '', proposals: '', selfScore: '', commendations: '' },
  };
}
