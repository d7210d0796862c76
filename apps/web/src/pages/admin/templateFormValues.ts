import type { ReportPeriod } from '@cascade/domain';
import { planFormSchema, reportFormSchema } from '@cascade/forms';
import { z } from 'zod';
import type { TemplateDefinition, TemplateRound } from './adminTypes';
import { builderFormSchema, optionalBuilderFormSchema } from './formBuilder/builderFormSchema';
import { toBuilderForm } from './formBuilder/formBuilderValues';
import { parseNumberInput, toNumberInput } from '../../numbers';
import { cascadeRulesOf } from './templateLabels';

const unitKind = z.enum(['nation', 'province', 'district', 'commune', 'department', 'office', 'organization']);
const period = z.enum(['month', 'quarter', 'half', 'nine-months', 'year']);

/** A whole number typed into a text field, within bounds, with the message an administrator reads. */
const wholeNumber = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${what} phải là số nguyên`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${what} từ ${min} đến ${max}`);

const optionalWholeNumber = (min: number, max: number, what: string) =>
  z.union([z.literal('').transform(() => undefined), wholeNumber(min, max, what)]);

const cascadeRuleSchema = z.object({
  issuerKind: z.union([z.literal(''), unitKind]).refine((kind) => kind !== '', 'Chọn loại đơn vị ban hành'),
  subordinateKinds: z.array(unitKind).min(1, 'Chọn ít nhất một loại đơn vị cấp dưới'),
});

const roundSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,20}$/, 'Mã kỳ chỉ gồm chữ, số và dấu gạch ngang (tối đa 20 ký tự)'),
    label: z.string().trim().min(1, 'Nhập tên kỳ báo cáo'),
    period,
    schedule: z.enum(['once', 'monthly']),
    dueMonthDay: z.string().trim(),
    dueDay: z.string().trim(),
    index: optionalWholeNumber(1, 12, 'Thứ tự kỳ'),
    review: z.enum(['none', 'midYear', 'annual']),
  })
  .superRefine((round, ctx) => {
    if (round.schedule === 'once' && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(round.dueMonthDay)) {
      ctx.addIssue({ code: 'custom', path: ['dueMonthDay'], message: 'Hạn nộp phải có dạng MM-DD, ví dụ 05-10' });
    }
    if (round.schedule === 'monthly' && !/^([1-9]|[12]\d|3[01])$/.test(round.dueDay)) {
      ctx.addIssue({ code: 'custom', path: ['dueDay'], message: 'Ngày hạn nộp hằng tháng từ 1 đến 31' });
    }
  })
  .transform(({ key, label, period, schedule, dueMonthDay, dueDay, index, review }): TemplateRound => ({
    key,
    label: label.normalize('NFC'),
    ...(schedule === 'monthly'
      ? { period: 'month' as const, every: 'month' as const, dueDay: Number(dueDay) }
      : { period, dueMonthDay }),
    ...(index !== undefined && schedule === 'once' ? { index } : {}),
    ...(review !== 'none' ? { review } : {}),
  }));

const indicatorSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/, 'Mã chỉ tiêu bắt đầu bằng chữ, chỉ gồm chữ và số'),
    label: z
      .string()
      .trim()
      .min(1, 'Nhập tên chỉ tiêu')
      .transform((label) => label.normalize('NFC')),
    aggregate: z.enum(['sum', 'average', 'min', 'max', 'count']),
    target: z
      .string()
      .trim()
      .refine(
        (text) => text === '' || parseNumberInput(text) !== null,
        'Chỉ tiêu phải là số không âm, ví dụ 2 hoặc 92,5',
      )
      .transform((text) => (text === '' ? null : parseNumberInput(text))),
    unit: z.string().trim().max(30, 'Đơn vị tính tối đa 30 ký tự'),
    max: z
      .string()
      .trim()
      .refine((text) => text === '' || parseNumberInput(text) !== null, 'Giá trị tối đa phải là số, ví dụ 100')
      .transform((text) => (text === '' ? null : parseNumberInput(text)))
      .refine((max) => max === null || max > 0, 'Giá trị tối đa phải lớn hơn 0'),
    required: z.boolean(),
  })
  // Only what is set is stored: older definitions read the same.
  .transform(({ unit, max, required, ...indicator }) => ({
    ...indicator,
    ...(unit ? { unit } : {}),
    ...(max !== null ? { max } : {}),
    ...(required ? { required } : {}),
  }));

const approvalStepSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,30}$/, 'Mã bước duyệt chỉ gồm chữ thường, số và dấu gạch ngang'),
  label: z
    .string()
    .trim()
    .min(1, 'Nhập tên bước duyệt')
    .max(200, 'Tên bước duyệt quá dài')
    .transform((label) => label.normalize('NFC')),
  role: z.enum(['head', 'leader']),
});

const remindDays = z
  .string()
  .refine((text) => /^\s*(\d+\s*(,\s*\d+\s*)*)?$/.test(text), 'Nhập số ngày, cách nhau bằng dấu phẩy, ví dụ 3, 1')
  .transform((text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map(Number),
  )
  .refine((days) => days.every((d) => d >= 1 && d <= 60), 'Mỗi lần nhắc từ 1 đến 60 ngày trước hạn')
  .refine((days) => days.length <= 10, 'Tối đa 10 lần nhắc');

/** The template editor's fields; what it yields is saveTemplate's input less the fields it does not edit. */
export const templateFormSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{3,60}$/, 'Mã mẫu gồm 3–60 chữ thường không dấu, số và dấu gạch ngang'),
    name: z
      .string()
      .trim()
      .min(1, 'Nhập tên mẫu')
      .max(300, 'Tên mẫu quá dài')
      .transform((name) => name.normalize('NFC')),
    cascade: z.array(cascadeRuleSchema),
    lowerLevelDays: wholeNumber(1, 90, 'Số ngày'),
    leadDays: wholeNumber(0, 30, 'Số ngày'),
    workingDayAdjust: z.enum(['none', 'previous', 'next']),
    remindDaysBefore: remindDays,
    rounds: z.array(roundSchema).max(60, 'Tối đa 60 kỳ báo cáo'),
    indicators: z.array(indicatorSchema).max(100, 'Tối đa 100 chỉ tiêu'),
    approvalSteps: z.array(approvalStepSchema).max(10, 'Tối đa 10 bước duyệt'),
    planForm: builderFormSchema(planFormSchema),
    /** Without fields, the reports answer no questions beyond the indicators: the template has no report form. */
    reportForm: optionalBuilderFormSchema(reportFormSchema),
    reportSignOff: z.boolean(),
  })
  .superRefine((values, ctx) => {
    markDuplicates(
      values.cascade.map((rule) => rule.issuerKind),
      ['cascade', 'issuerKind'],
      'Loại đơn vị này đã có quy tắc',
      ctx,
    );
    markDuplicates(
      values.rounds.map((round) => round.key),
      ['rounds', 'key'],
      'Mã kỳ báo cáo bị trùng',
      ctx,
    );
    markDuplicates(
      values.indicators.map((indicator) => indicator.key),
      ['indicators', 'key'],
      'Mã chỉ tiêu bị trùng',
      ctx,
    );
    markDuplicates(
      values.approvalSteps.map((step) => step.key),
      ['approvalSteps', 'key'],
      'Mã bước duyệt bị trùng',
      ctx,
    );
  });

export type TemplateFormValues = z.input<typeof templateFormSchema>;
export type TemplateFormOutput = z.output<typeof templateFormSchema>;

function markDuplicates(keys: string[], [list, field]: [string, string], message: string, ctx: z.RefinementCtx) {
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: [list, i, field], message });
  });
}

/** "dan-van-chinh-quyen-v2" → "dan-van-chinh-quyen": the versions of one template share this stem. */
export const templateSlugOf = (templateId: string) => templateId.replace(/-v\d+$/, '');

export const emptyRound: TemplateFormValues['rounds'][number] = {
  key: '',
  label: '',
  period: 'month',
  schedule: 'monthly',
  dueMonthDay: '',
  dueDay: '15',
  index: '',
  review: 'none',
};

export const emptyIndicator: TemplateFormValues['indicators'][number] = {
  key: '',
  label: '',
  aggregate: 'sum',
  target: '',
  unit: '',
  max: '',
  required: false,
};

export const emptyApprovalStep: TemplateFormValues['approvalSteps'][number] = { key: '', label: '', role: 'head' };

/** The editor's starting values: a saved version, as text fields. */
export function toTemplateFormValues(template: {
  id: string;
  name: string;
  definition: TemplateDefinition;
}): TemplateFormValues {
  const { definition } = template;
  return {
    slug: templateSlugOf(template.id),
    name: template.name,
    cascade: cascadeRulesOf(definition.cascade),
    lowerLevelDays: String(definition.lowerLevelDays),
    leadDays: String(definition.leadDays),
    workingDayAdjust: definition.workingDayAdjust,
    remindDaysBefore: definition.remindDaysBefore.join(', '),
    rounds: definition.rounds.map((round) => ({
      key: round.key,
      label: round.label,
      period: round.period as ReportPeriod,
      schedule: round.every === 'month' ? 'monthly' : 'once',
      dueMonthDay: round.dueMonthDay ?? '',
      dueDay: round.dueDay === undefined ? '' : String(round.dueDay),
      index: round.index === undefined ? '' : String(round.index),
      review: round.review ?? 'none',
    })),
    indicators: definition.indicators.map((indicator) => ({
      key: indicator.key,
      label: indicator.label,
      aggregate: indicator.aggregate,
      target: toNumberInput(indicator.target),
      unit: indicator.unit ?? '',
      max: toNumberInput(indicator.max),
      required: indicator.required ?? false,
    })),
    approvalSteps: (definition.approvalSteps ?? []).map(({ key, label, role }) => ({ key, label, role })),
    planForm: toBuilderForm(definition.planForm),
    reportForm: toBuilderForm(definition.reportForm),
    reportSignOff: definition.reportSignOff ?? false,
  };
}

/** What the editor does not show of a round (its own data period, its own form): kept as the base version had it. */
function uneditedOf(round: TemplateDefinition['rounds'][number] | undefined) {
  if (!round) return {};
  const {
    key: _k,
    label: _l,
    period: _p,
    every: _e,
    dueDay: _d,
    dueMonthDay: _m,
    index: _i,
    review: _r,
    ...unedited
  } = round;
  return unedited;
}

/** The new version's definition: what the editor changed, over everything of the version it started from. */
export function toTemplateDefinition(base: TemplateDefinition, edited: TemplateFormOutput): TemplateDefinition {
  const { slug: _slug, name: _name, cascade, approvalSteps, reportForm, reportSignOff, ...rest } = edited;
  const { reportForm: _reportForm, ...kept } = base;
  return {
    ...kept,
    ...rest,
    rounds: rest.rounds.map((round) => ({ ...uneditedOf(base.rounds.find((r) => r.key === round.key)), ...round })),
    ...(reportForm ? { reportForm } : {}),
    cascade: Object.fromEntries(cascade.map((rule) => [rule.issuerKind, rule.subordinateKinds])),
    // A definition that never had approval steps stays without the field.
    ...(approvalSteps.length > 0 || base.approvalSteps ? { approvalSteps } : {}),
    ...(reportSignOff || base.reportSignOff !== undefined ? { reportSignOff } : {}),
  };
}

/** The rounds of the editor that already read as rounds (the others show their own errors). */
export const parsedRounds = (rounds: readonly unknown[]): TemplateRound[] =>
  rounds.flatMap((round) => {
    const parsed = roundSchema.safeParse(round);
    return parsed.success ? [parsed.data] : [];
  });
