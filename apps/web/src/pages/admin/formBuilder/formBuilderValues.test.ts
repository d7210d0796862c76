import { defaultPlanForm, type FormDefinition, planFormSchema, reportFormSchema } from '@cascade/forms';
import { describe, expect, it } from 'vitest';
import { builderFormSchema, optionalBuilderFormSchema } from './builderFormSchema';
import { emptyBuilderField, suggestKey, toBuilderForm, toFormDefinition } from './formBuilderValues';

const reportForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      kind: 'singleChoice',
      key: 'hasIncidents',
      label: 'Có vụ việc phức tạp',
      required: true,
      options: [
        { value: 'yes', label: 'Có' },
        { value: 'no', label: 'Không' },
      ],
    },
    {
      kind: 'longText',
      key: 'incidents',
      label: 'Mô tả vụ việc',
      required: true,
      visibleWhen: { field: 'hasIncidents', equals: 'yes' },
    },
    {
      kind: 'table',
      key: 'meetings',
      label: 'Các cuộc đối thoại',
      rowLabel: 'Cuộc đối thoại',
      maxRows: 20,
      columns: [
        { kind: 'date', key: 'heldOn', label: 'Ngày', required: true },
        { kind: 'integer', key: 'attendees', label: 'Số người dự', min: 0, max: 5000, unit: 'người' },
        {
          kind: 'multipleChoice',
          key: 'topics',
          label: 'Lĩnh vực',
          options: [
            { value: 'Đất đai', label: 'Đất đai' },
            { value: 'env', label: 'Môi trường' },
          ],
        },
      ],
    },
    { kind: 'integer', key: 'received', label: 'Số đơn nhận' },
    { kind: 'integer', key: 'resolved', label: 'Số đơn đã giải quyết' },
    {
      kind: 'computed',
      key: 'resolvedRate',
      label: 'Tỷ lệ giải quyết',
      op: 'percent',
      of: ['resolved', 'received'],
      decimals: 1,
      unit: '%',
    },
    { kind: 'file', key: 'minutes', label: 'Biên bản', maxBytes: 500_000, accept: ['application/pdf'] },
    {
      kind: 'group',
      key: 'closing',
      label: 'Kiến nghị',
      visibleWhen: { field: 'hasIncidents', in: ['yes', 'no'] },
      fields: [{ kind: 'shortText', key: 'proposal', label: 'Đề xuất', help: 'Ngắn gọn', maxLength: 300 }],
    },
  ],
};

describe('form builder values', () => {
  it('gives back the seeded default plan form unchanged', () => {
    const builder = toBuilderForm(defaultPlanForm);
    expect(builder.fields[0]?.columns.map((c) => c.label)).toEqual([
      'Số hiệu',
      'Ngày ban hành',
      'Cơ quan ban hành',
      'Trích yếu',
    ]);
    expect(toFormDefinition(builder)).toEqual(defaultPlanForm);
    expect(builderFormSchema(planFormSchema).parse(builder)).toEqual(defaultPlanForm);
  });

  it('gives back a report form with a table, a conditional field, a group, a computed and a file field unchanged, options as lines', () => {
    const builder = toBuilderForm(reportForm);
    expect(builder.fields[0]?.options).toBe('yes | Có\nno | Không');
    expect(builder.fields[1]?.visibleWhen).toEqual({ field: 'hasIncidents', value: 'yes' });
    expect(builder.fields[2]?.columns[1]).toMatchObject({ min: '0', max: '5000' });
    expect(toFormDefinition(builder)).toEqual(reportForm);
    expect(optionalBuilderFormSchema(reportFormSchema).parse(builder)).toEqual(reportForm);
  });

  it('adds a required long-text question with a key suggested from its label', () => {
    const builder = toBuilderForm(reportForm);
    builder.fields.push({
      ...emptyBuilderField,
      label: 'Khó khăn, vướng mắc',
      key: suggestKey('Khó khăn, vướng mắc'),
      required: true,
    });
    const form = optionalBuilderFormSchema(reportFormSchema).parse(builder);
    expect(form?.fields.at(-1)).toEqual({
      kind: 'longText',
      key: 'khoKhanVuongMac',
      label: 'Khó khăn, vướng mắc',
      required: true,
    });
    expect(suggestKey('II. Đánh giá kết quả')).toBe('danhGiaKetQua');
  });

  it('turns edits into the definition: new options, bounds in Vietnamese style, a new condition', () => {
    const builder = toBuilderForm(reportForm);
    builder.fields[0]!.options = 'Có\nKhông';
    builder.fields[1]!.visibleWhen = { field: 'hasIncidents', value: 'Có' };
    builder.fields[2]!.columns[1]!.max = '12,5';
    builder.fields[2]!.columns[1]!.kind = 'number';
    builder.fields[2]!.rowLabel = 'Cuộc họp';
    builder.fields[2]!.maxRows = '';
    const form = toFormDefinition(builder);
    expect(form.fields[0]).toMatchObject({
      options: [
        { value: 'Có', label: 'Có' },
        { value: 'Không', label: 'Không' },
      ],
    });
    expect(form.fields[1]?.visibleWhen).toEqual({ field: 'hasIncidents', equals: 'Có' });
    expect(form.fields[2]).toMatchObject({
      rowLabel: 'Cuộc họp',
      columns: [{}, { kind: 'number', key: 'attendees', min: 0, max: 12.5, unit: 'người' }, {}],
    });
    expect(form.fields[2]).not.toHaveProperty('maxRows');
  });

  it('refuses what the server refuses, with its message where the builder shows it; an empty report form is none', () => {
    const builder = toBuilderForm(reportForm);
    builder.fields[7]!.fields[0]!.key = 'review';
    builder.fields[1]!.visibleWhen = { field: 'hasIncidents', value: 'maybe' };
    builder.fields[2]!.columns[1]!.min = 'một';
    builder.fields[2]!.maxRows = '5000';
    const read = optionalBuilderFormSchema(reportFormSchema).safeParse(builder);
    expect(read.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fields.2.maxRows', 'Số dòng tối đa là số nguyên từ 1 đến 1000'],
      ['fields.2.columns.1.min', 'Giá trị nhỏ nhất phải là số, ví dụ 0 hoặc 12,5'],
    ]);
    builder.fields[2]!.columns[1]!.min = '';
    builder.fields[2]!.maxRows = '20';
    expect(
      optionalBuilderFormSchema(reportFormSchema)
        .safeParse(builder)
        .error?.issues.map((i) => [i.path.join('.'), i.message]),
    ).toEqual([
      [
        'fields.1.visibleWhen.field',
        'Điều kiện hiển thị của "incidents": "maybe" không phải phương án của "hasIncidents"',
      ],
      ['fields.7.fields.0.key', 'Mã trường "review" dành cho phần chung của báo cáo, hãy đặt mã khác'],
    ]);
    expect(optionalBuilderFormSchema(reportFormSchema).parse({ fields: [] })).toBeUndefined();
    expect(
      builderFormSchema(planFormSchema)
        .safeParse({ fields: [] })
        .error?.issues.map((i) => [i.path.join('.'), i.message]),
    ).toEqual([['problem', 'Biểu mẫu phải có ít nhất một trường']]);
  });
});
