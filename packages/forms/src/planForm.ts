import { z } from 'zod';
import type { FormContext, FormDefinition, FormValues } from './definition';
import { formDefinitionSchema } from './formDefinition';
import { entriesOf } from './scope';
import { valuesSchemaFor } from './values';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Ngày không hợp lệ',
  );

const text = (label: string, max = 20_000) =>
  z
    .string()
    .trim()
    .min(1, `${label} không được để trống`)
    .max(max, `${label} quá dài`)
    .transform((s) => s.normalize('NFC'));

/** A plan's form may not name a field "title": the plan's title is its own column, drafted beside the form. */
export const planFormSchema = formDefinitionSchema.refine(
  (form) => !entriesOf(form.fields).some((e) => e.field.key === 'title'),
  {
    message: 'Mã trường "title" dành cho tên kế hoạch, hãy đặt mã khác',
    path: ['fields'],
  },
);

export const planTitleSchema = text('Tên kế hoạch', 500);

/** A draft as the form sends it, the title beside the plan form's values: gives the title and the checked content. */
export function planDraftSchemaFor(planForm: FormDefinition, context?: FormContext): z.ZodType<PlanDraft, FormValues> {
  const contentSchema = valuesSchemaFor(planForm, context);
  return z.record(z.string(), z.unknown()).transform(({ title, ...rest }, ctx) => {
    const [titleRead, contentRead] = [planTitleSchema.safeParse(title), contentSchema.safeParse(rest)];
    for (const issue of titleRead.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['title'] });
    for (const issue of contentRead.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return titleRead.success && contentRead.success ? { title: titleRead.data, content: contentRead.data } : z.NEVER;
  });
}
export interface PlanDraft {
  title: string;
  content: FormValues;
}

export const documentNumberPattern = /^\d+\/KH-[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

export const planIssueSchema = z
  .object({
    documentNumber: z.string().trim().regex(documentNumberPattern, 'Số, ký hiệu phải có dạng 44/KH-UBND'),
    issuedOn: isoDate,
    signerName: text('Người ký', 200),
    signerTitle: text('Chức vụ người ký', 200),
    signingCapacity: z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'], {
      message: 'Thẩm quyền ký phải là TM., KT., Q., TL. hoặc TUQ.',
    }),
    recipients: z.array(text('Nơi nhận', 300)).max(200),
    subPlanDueOn: isoDate.nullable(),
    /** Đơn vị đầu mối: consolidates the reports for the issuer; the issuer itself when absent. */
    focalUnitId: z.string().min(1).nullable().optional(),
    leadDays: z
      .number({ message: 'Số ngày phải là số nguyên từ 0 đến 60' })
      .int('Số ngày phải là số nguyên từ 0 đến 60')
      .min(0, 'Số ngày phải là số nguyên từ 0 đến 60')
      .max(60, 'Số ngày phải là số nguyên từ 0 đến 60')
      .nullable()
      .optional(),
  })
  .refine((issue) => issue.subPlanDueOn === null || issue.subPlanDueOn >= issue.issuedOn, {
    message: 'Hạn ban hành kế hoạch của cấp dưới không được trước ngày ban hành',
    path: ['subPlanDueOn'],
  });
export type PlanIssueInput = z.infer<typeof planIssueSchema>;
