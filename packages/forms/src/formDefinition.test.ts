import { describe, expect, it } from 'vitest';
import { defaultPlanForm } from './defaultPlanForm';
import type { FormDefinition, FormField } from './definition';
import { formDefinitionSchema } from './formDefinition';
import { planFormSchema } from './planForm';
import { halfYearReportForm } from './testForms';

const messagesOf = (definition: unknown) =>
  formDefinitionSchema.safeParse(definition).error?.issues.map((i) => i.message) ?? [];
const formOf = (...fields: unknown[]) => ({ schemaVersion: 1, fields }) as unknown as FormDefinition;
const number = (key: string): FormField => ({ kind: 'number', key, label: key });

describe('form definitions', () => {
  it('accepts the plan form of the seeds and a report form with indicators, groups, tables and files', () => {
    expect(formDefinitionSchema.parse(defaultPlanForm)).toEqual(defaultPlanForm);
    expect(formDefinitionSchema.parse(halfYearReportForm)).toEqual(halfYearReportForm);
  });

  it('refuses duplicate keys, including those inside groups, but allows a column to reuse a form key', () => {
    const duplicate = formOf(number('a'), { kind: 'group', key: 'g', label: 'Nhóm', fields: [number('a')] });
    expect(messagesOf(duplicate)).toEqual(['Mã trường "a" bị trùng']);
    const column = formOf(number('title'), {
      kind: 'table',
      key: 't',
      label: 'Bảng',
      columns: [
        { kind: 'shortText', key: 'title', label: 'Tên' },
        { kind: 'shortText', key: 'title', label: 'Tên' },
      ],
    });
    expect(messagesOf(column)).toEqual(['Mã trường "title" bị trùng']);
  });

  it('refuses a visibility condition on an unknown, later or unsuitable field, or on a value no option has', () => {
    const choice = { kind: 'singleChoice', key: 'c', label: 'Chọn', options: [{ value: 'yes', label: 'Có' }] };
    expect(messagesOf(formOf({ ...number('a'), visibleWhen: { field: 'b', equals: 1 } }, number('b')))).toEqual([
      'Điều kiện hiển thị của "a" nhắc tới trường "b" không có ở phía trên nó',
    ]);
    expect(
      messagesOf(
        formOf(
          { kind: 'longText', key: 'note', label: 'Ghi chú' },
          { ...number('a'), visibleWhen: { field: 'note', equals: 'x' } },
        ),
      ),
    ).toEqual(['Trường "note" (longText) không dùng làm điều kiện hiển thị được']);
    expect(messagesOf(formOf(choice, { ...number('a'), visibleWhen: { field: 'c', in: ['yes', 'maybe'] } }))).toEqual([
      'Điều kiện hiển thị của "a": "maybe" không phải phương án của "c"',
    ]);
  });

  it('refuses a computed value over unknown or non-numeric fields, or with the wrong number of operands', () => {
    const text = { kind: 'shortText', key: 'name', label: 'Tên' };
    expect(
      messagesOf(
        formOf(number('a'), text, { kind: 'computed', key: 'r', label: 'Tỷ lệ', op: 'ratio', of: ['a', 'name'] }),
      ),
    ).toEqual(['Giá trị tính toán "r": trường "name" không phải trường số']);
    expect(
      messagesOf(formOf(number('a'), { kind: 'computed', key: 's', label: 'Tổng', op: 'sum', of: ['a', 'z'] })),
    ).toEqual(['Giá trị tính toán "s" nhắc tới trường "z" không có ở phía trên nó']);
    expect(
      messagesOf(formOf(number('a'), { kind: 'computed', key: 'p', label: 'Phần trăm', op: 'percent', of: ['a'] })),
    ).toEqual(['Phép hiệu, tỷ số và phần trăm cần đúng hai trường']);
  });

  it('refuses malformed fields with messages an administrator can act on', () => {
    expect(messagesOf(formOf({ kind: 'singleChoice', key: 'c', label: 'Chọn', options: [] }))).toEqual([
      'Trường lựa chọn phải có ít nhất một phương án',
    ]);
    expect(messagesOf(formOf({ kind: 'slider', key: 'c', label: 'Thanh trượt' }))[0]).toMatch(
      /^Loại trường phải là một trong: shortText/,
    );
    expect(messagesOf(formOf({ kind: 'number', key: 'Số lượng', label: 'Số lượng' }))[0]).toMatch(
      /^Mã trường chỉ gồm chữ cái không dấu/,
    );
    expect(messagesOf(formOf({ kind: 'number', key: 'n', label: 'Số', min: 5, max: 1 }))).toEqual([
      'Giá trị nhỏ nhất không được lớn hơn giá trị lớn nhất',
    ]);
    expect(
      messagesOf(formOf({ kind: 'shortText', key: 's', label: 'Mã', pattern: { regex: '([', message: 'Sai mẫu' } })),
    ).toEqual([
      'Biểu thức kiểm tra (regex) không hợp lệ (không hỗ trợ tham chiếu ngược \\1 và nhìn trước/nhìn sau (?=…)): hãy viết lại',
    ]);
    expect(messagesOf(formOf({ kind: 'file', key: 'f', label: 'Tệp', maxBytes: 1024, accept: [] }))).toEqual([
      'Nêu ít nhất một loại tệp được phép',
    ]);
    expect(
      messagesOf(
        formOf({
          kind: 'table',
          key: 't',
          label: 'Bảng',
          columns: [{ kind: 'integer', key: 'n', label: 'Số', indicator: { aggregate: 'sum', target: null } }],
        }),
      ),
    ).toEqual(['Chỉ tiêu "Số" không đặt được trong cột của bảng']);
    expect(messagesOf({ schemaVersion: 1, fields: [] })).toEqual(['Biểu mẫu phải có ít nhất một trường']);
  });

  it('keeps "title" free in a plan form for the plan’s own title', () => {
    const withTitle = formOf({ kind: 'shortText', key: 'title', label: 'Tên' });
    expect(planFormSchema.safeParse(withTitle).error?.issues.map((i) => i.message)).toEqual([
      'Mã trường "title" dành cho tên kế hoạch, hãy đặt mã khác',
    ]);
    expect(planFormSchema.safeParse(defaultPlanForm).success).toBe(true);
  });
});
