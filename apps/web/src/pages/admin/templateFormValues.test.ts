import { defaultPlanForm } from '@cascade/forms';
import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from './adminTypes';
import {
  emptyApprovalStep,
  emptyRound,
  templateFormSchema,
  toTemplateDefinition,
  toTemplateFormValues,
  templateSlugOf,
} from './templateFormValues';

// Typed by assertion: fields other engineers add to definitions are not this editor's business.
const definition = {
  cascade: { province: ['department', 'district', 'commune'], district: ['department', 'commune'] },
  lowerLevelDays: 15,
  rounds: [
    { key: 'H1', label: 'Báo cáo sơ kết 6 tháng', period: 'half', dueMonthDay: '05-10', review: 'midYear' },
    { key: 'Y', label: 'Báo cáo tổng kết năm', period: 'year', dueMonthDay: '10-30', review: 'annual' },
  ],
  leadDays: 5,
  workingDayAdjust: 'none',
  remindDaysBefore: [3, 1],
  indicators: [
    { key: 'petitionsResolvedRate', label: 'Tỷ lệ kiến nghị được giải quyết (%)', aggregate: 'average', target: 92.5 },
  ],
  daysOff: ['2027-02-15'],
  workingDays: [],
  planForm: defaultPlanForm,
} as unknown as TemplateDefinition;
const template = { id: 'dan-van-chinh-quyen-v1', name: 'Kế hoạch thực hiện công tác dân vận chính quyền', definition };

describe('template form values', () => {
  it('gives back the same definition when nothing is edited, fields the editor does not know included', () => {
    const withPlanForm = { ...definition, sealOf: { sections: ['I', 'II', 'III'] } } as unknown as TemplateDefinition;
    const values = toTemplateFormValues({ ...template, definition: withPlanForm });
    expect(values.remindDaysBefore).toBe('3, 1');
    expect(values.indicators[0]?.target).toBe('92,5');
    const edited = templateFormSchema.parse(values);
    expect(edited).toMatchObject({ slug: 'dan-van-chinh-quyen', name: template.name });
    expect(toTemplateDefinition(withPlanForm, edited)).toEqual(withPlanForm);
  });

  it('keeps what the editor does not show of a round, such as its own data period, when the round keeps its key', () => {
    const cutoffMonthDays = { from: '01-01', fromPreviousYear: true, to: '04-14' };
    const [h1, y] = definition.rounds;
    const withPeriod = { ...definition, rounds: [{ ...h1!, cutoffMonthDays }, y!] };
    const values = toTemplateFormValues({ ...template, definition: withPeriod });
    values.rounds[0]!.label = 'Báo cáo sơ kết 6 tháng đầu năm';
    const result = toTemplateDefinition(withPeriod, templateFormSchema.parse(values));
    expect(result.rounds[0]).toMatchObject({ label: 'Báo cáo sơ kết 6 tháng đầu năm', cutoffMonthDays });
    expect(result.rounds[1]).not.toHaveProperty('cutoffMonthDays');
  });

  it('turns a monthly line into every: month with its due day, and drops an unused review', () => {
    const values = toTemplateFormValues(template);
    values.rounds.push({ ...emptyRound, key: 'M', label: 'Báo cáo tháng', period: 'quarter', dueDay: '15' });
    const result = toTemplateDefinition(definition, templateFormSchema.parse(values));
    expect(result.rounds[2]).toEqual({ key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 15 });
  });

  it('adds approval steps in order, refuses a duplicate or malformed step key, and lets the last step be removed', () => {
    const values = toTemplateFormValues(template);
    expect(values.approvalSteps).toEqual([]);
    values.approvalSteps.push(
      { key: 'tham-dinh', label: 'Trưởng phòng Tổng hợp thẩm định', role: 'head' },
      { ...emptyApprovalStep, key: 'tham-dinh', label: 'Lãnh đạo Văn phòng', role: 'leader' },
    );
    const duplicate = templateFormSchema.safeParse(values);
    expect(duplicate.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['approvalSteps.1.key', 'Mã bước duyệt bị trùng'],
    ]);
    values.approvalSteps[1] = { ...values.approvalSteps[1]!, key: 'Văn phòng' };
    expect(templateFormSchema.safeParse(values).error?.issues[0]?.message).toBe(
      'Mã bước duyệt chỉ gồm chữ thường, số và dấu gạch ngang',
    );

    values.approvalSteps[1] = { ...values.approvalSteps[1]!, key: 'van-phong' };
    const withSteps = toTemplateDefinition(definition, templateFormSchema.parse(values));
    expect(withSteps.approvalSteps).toEqual([
      { key: 'tham-dinh', label: 'Trưởng phòng Tổng hợp thẩm định', role: 'head' },
      { key: 'van-phong', label: 'Lãnh đạo Văn phòng', role: 'leader' },
    ]);
    const next = toTemplateFormValues({ ...template, definition: withSteps });
    next.approvalSteps = [];
    expect(toTemplateDefinition(withSteps, templateFormSchema.parse(next)).approvalSteps).toEqual([]);
  });

  it('says what is wrong, field by field', () => {
    const values = toTemplateFormValues(template);
    values.rounds[0] = { ...values.rounds[0]!, dueMonthDay: '5/10' };
    values.rounds[1] = { ...values.rounds[1]!, key: 'H1' };
    values.cascade.push({ issuerKind: 'province', subordinateKinds: [] });
    values.remindDaysBefore = '3; 1';
    values.leadDays = 'năm';
    const result = templateFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      'rounds.0.dueMonthDay': 'Hạn nộp phải có dạng MM-DD, ví dụ 05-10',
      'rounds.1.key': 'Mã kỳ báo cáo bị trùng',
      'cascade.2.issuerKind': 'Loại đơn vị này đã có quy tắc',
      'cascade.2.subordinateKinds': 'Chọn ít nhất một loại đơn vị cấp dưới',
      remindDaysBefore: 'Nhập số ngày, cách nhau bằng dấu phẩy, ví dụ 3, 1',
      leadDays: 'Số ngày phải là số nguyên',
    });
  });

  it('lists cascade rules in the order of the hierarchy, whatever order the database keeps', () => {
    const stored: TemplateDefinition = {
      ...definition,
      cascade: { district: ['commune'], province: ['department', 'district'] },
    };
    expect(toTemplateFormValues({ ...template, definition: stored }).cascade).toEqual([
      { issuerKind: 'province', subordinateKinds: ['department', 'district'] },
      { issuerKind: 'district', subordinateKinds: ['commune'] },
    ]);
  });

  it('turns the leader’s sign-off of reports on and off, and leaves a template that never had it without the option', () => {
    const values = toTemplateFormValues(template);
    expect(values.reportSignOff).toBe(false);
    expect(toTemplateDefinition(definition, templateFormSchema.parse(values))).not.toHaveProperty('reportSignOff');
    const withSignOff = toTemplateDefinition(definition, templateFormSchema.parse({ ...values, reportSignOff: true }));
    expect(withSignOff.reportSignOff).toBe(true);
    const again = toTemplateFormValues({ ...template, definition: withSignOff });
    expect(again.reportSignOff).toBe(true);
    expect(
      toTemplateDefinition(withSignOff, templateFormSchema.parse({ ...again, reportSignOff: false })).reportSignOff,
    ).toBe(false);
  });

  it('keeps the report form as edited, and leaves none when its last question is removed', () => {
    const reportForm = {
      schemaVersion: 1 as const,
      fields: [{ kind: 'longText' as const, key: 'obstacles', label: 'Khó khăn, vướng mắc', required: true }],
    };
    const withReportForm = { ...definition, reportForm };
    const values = toTemplateFormValues({ ...template, definition: withReportForm });
    expect(toTemplateDefinition(withReportForm, templateFormSchema.parse(values)).reportForm).toEqual(reportForm);
    values.reportForm.fields = [];
    const without = toTemplateDefinition(withReportForm, templateFormSchema.parse(values));
    expect(without).not.toHaveProperty('reportForm');
    expect(without.planForm).toEqual(defaultPlanForm);

    values.planForm.fields = [];
    expect(
      templateFormSchema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    ).toEqual([['planForm.problem', 'Biểu mẫu phải có ít nhất một trường']]);
  });

  it('finds the stem shared by a template’s versions', () => {
    expect(templateSlugOf('dan-van-chinh-quyen-v12')).toBe('dan-van-chinh-quyen');
  });
});
