import { defaultPlanForm, planFormSchema, reportFormSchema } from '@cascade/forms';
import { z } from 'zod';

const unitKind = z.enum(['nation', 'province', 'district', 'commune', 'department', 'office', 'organization']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Ngày của kỳ số liệu phải có dạng MM-DD');

const roundSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9-]{1,20}$/, 'Mã kỳ báo cáo chỉ gồm chữ, số và dấu gạch ngang'),
  label: z.string().trim().min(1, 'Nhập tên kỳ báo cáo'),
  period: z.enum(['month', 'quarter', 'half', 'nine-months', 'year'], {
    message: 'Kỳ phải là month, quarter, half, nine-months hoặc year',
  }),
  dueMonthDay: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Hạn nộp phải có dạng MM-DD')
    .optional(),
  every: z.literal('month').optional(),
  dueDay: z.number().int().min(1).max(31).optional(),
  index: z.number().int().min(1).max(12).optional(),
  review: z.enum(['midYear', 'annual']).optional(),
  /** The template's own data period, instead of the Decree 09/2019 one (e.g. from 15/12 of the year before). */
  cutoffMonthDays: z.object({ from: monthDay, to: monthDay, fromPreviousYear: z.boolean().optional() }).optional(),
});

/** What an administrator may put in a plan template; the schedule is also tried out before saving. */
export const templateDefinitionSchema = z.object({
  cascade: z.partialRecord(unitKind, z.array(unitKind)),
  lowerLevelDays: z.number().int().min(1).max(90),
  rounds: z.array(roundSchema).max(60),
  leadDays: z.number().int().min(0).max(30),
  workingDayAdjust: z.enum(['none', 'previous', 'next']),
  remindDaysBefore: z.array(z.number().int().min(1).max(60)).max(10),
  indicators: z
    .array(
      z.object({
        key: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/, 'Mã chỉ tiêu chỉ gồm chữ và số'),
        label: z.string().trim().min(1, 'Nhập tên chỉ tiêu'),
        aggregate: z.enum(['sum', 'average', 'min', 'max', 'count']),
        target: z.number().min(0).nullable(),
        unit: z.string().trim().max(30).optional(),
        max: z.number().positive('Giá trị tối đa phải lớn hơn 0').nullable().optional(),
        required: z.boolean().optional(),
      }),
    )
    .max(100),
  approvalSteps: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z0-9-]{1,30}$/, 'Mã bước duyệt chỉ gồm chữ thường, số và dấu gạch ngang'),
        label: z.string().trim().min(1, 'Nhập tên bước duyệt').max(200),
        role: z.enum(['head', 'leader'], { message: 'Người duyệt phải là trưởng phòng (head) hoặc lãnh đạo (leader)' }),
      }),
    )
    .max(10)
    .refine((steps) => new Set(steps.map((s) => s.key)).size === steps.length, 'Hai bước duyệt trùng mã')
    .default([]),
  daysOff: z.array(isoDate).default([]),
  workingDays: z.array(isoDate).default([]),
  /** The form plans made from the template are drafted in; the seeds' sections when not given. */
  planForm: planFormSchema.default(defaultPlanForm),
  /** Extra questions every report of the plan answers, beside the indicators (a round's own form replaces it). */
  reportForm: reportFormSchema.optional(),
  /** Báo cáo phải được lãnh đạo đơn vị ký duyệt trước khi gửi. */
  reportSignOff: z.boolean({ message: 'Tùy chọn ký duyệt báo cáo phải là có hoặc không' }).default(false),
});
