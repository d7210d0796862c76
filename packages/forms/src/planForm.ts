import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Ngày không hợp lệ');

const text = (label: string, max = 20_000) =>
  z.string().trim().min(1, `${label} không được để trống`).max(max, `${label} quá dài`).transform((s) => s.normalize('NFC'));

export const directiveSchema = z.object({
  number: text('Số hiệu văn bản', 100),
  date: isoDate,
  issuer: text('Cơ quan ban hành', 300),
  title: text('Trích yếu', 1_000),
});

export const planDraftSchema = z.object({
  title: text('Tên kế hoạch', 500),
  directives: z.array(directiveSchema).max(50),
  purpose: text('Mục đích, yêu cầu'),
  tasks: text('Nội dung, nhiệm vụ'),
  organization: text('Tổ chức thực hiện'),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;

export const documentNumberPattern = /^\d+\/KH-[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

export const planIssueSchema = z.object({
  documentNumber: z.string().trim().regex(documentNumberPattern, 'Số, ký hiệu phải có dạng 44/KH-UBND'),
  issuedOn: isoDate,
  signerName: text('Người ký', 200),
  signerTitle: text('Chức vụ người ký', 200),
  signingCapacity: z.enum(['TM.', 'KT.', 'Q.'], { message: 'Thẩm quyền ký phải là TM., KT. hoặc Q.' }),
  recipients: z.array(text('Nơi nhận', 300)).max(200),
  subPlanDueOn: isoDate.nullable(),
  /** Đơn vị đầu mối: consolidates the reports for the issuer; the issuer itself when absent. */
  focalUnitId: z.string().min(1).nullable().optional(),
}).refine((issue) => issue.subPlanDueOn === null || issue.subPlanDueOn >= issue.issuedOn, {
  message: 'Hạn ban hành kế hoạch của cấp dưới không được trước ngày ban hành',
  path: ['subPlanDueOn'],
});
export type PlanIssueInput = z.infer<typeof planIssueSchema>;
