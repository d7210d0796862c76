import { describe, expect, it } from 'vitest';
import type { FormDefinition } from './definition';
import { noReportQuestions, reportFormSchema } from './reportForm';
import { valuesSchemaFor } from './values';

/** What the Gia Lai plan asks beside its indicators: difficulties, and the "Dân vận khéo" models built. */
const reportForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    { kind: 'longText', key: 'difficulties', label: 'Khó khăn, vướng mắc', required: true },
    {
      kind: 'table',
      key: 'models',
      label: 'Mô hình "Dân vận khéo" đã xây dựng',
      rowLabel: 'Mô hình',
      columns: [
        { kind: 'shortText', key: 'name', label: 'Tên mô hình', required: true },
        {
          kind: 'singleChoice',
          key: 'field',
          label: 'Lĩnh vực',
          options: [
            { value: 'economy', label: 'Kinh tế' },
            { value: 'society', label: 'Văn hóa – xã hội' },
          ],
        },
        { kind: 'longText', key: 'result', label: 'Kết quả' },
      ],
    },
  ],
};

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('report form', () => {
  it('accepts extra questions and checks the answers like any form', () => {
    expect(reportFormSchema.parse(reportForm)).toEqual(reportForm);
    const answers = valuesSchemaFor(reportForm);
    expect(
      answers.parse({
        difficulties: 'Thiếu kinh phí',
        models: [{ name: 'Chợ văn minh', field: 'economy', result: '' }],
      }),
    ).toEqual({ difficulties: 'Thiếu kinh phí', models: [{ name: 'Chợ văn minh', field: 'economy', result: '' }] });
    expect(
      messagesOf(answers.safeParse({ difficulties: ' ', models: [{ name: '', field: 'x', result: '' }] })),
    ).toEqual([
      'difficulties: Khó khăn, vướng mắc không được để trống',
      'models.0.name: Tên mô hình không được để trống',
      'models.0.field: Lĩnh vực: lựa chọn không hợp lệ',
    ]);
  });

  it('refuses the keys the report itself uses and indicators, which the template declares', () => {
    const clashing: FormDefinition = {
      schemaVersion: 1,
      fields: [
        { kind: 'longText', key: 'narrative', label: 'Thuyết minh' },
        { kind: 'integer', key: 'models', label: 'Số mô hình', indicator: { aggregate: 'sum', target: 2 } },
      ],
    };
    expect(messagesOf(reportFormSchema.safeParse(clashing))).toEqual([
      'fields.0.key: Mã trường "narrative" dành cho phần chung của báo cáo, hãy đặt mã khác',
      'fields.1.indicator: Chỉ tiêu "Số mô hình" khai báo ở phần chỉ tiêu của mẫu kế hoạch, không đặt trong biểu mẫu báo cáo',
    ]);
  });

  it('a round without questions takes no answers', () => {
    const answers = valuesSchemaFor(noReportQuestions);
    expect(answers.parse({})).toEqual({});
    expect(messagesOf(answers.safeParse({ difficulties: 'x' }))).toEqual([
      'difficulties: Trường "difficulties" không có trong biểu mẫu',
    ]);
  });
});
