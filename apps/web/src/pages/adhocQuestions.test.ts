import { formDefinitionSchema, valuesSchemaFor } from '@cascade/forms';
import { describe, expect, it } from 'vitest';
import { formOfQuestions, questionSchema } from './adhocQuestions';

describe('ad hoc report questions', () => {
  it('become a form the server accepts, in the order asked', () => {
    const form = formOfQuestions([
      { label: 'Kết quả tiếp công dân trong đợt cao điểm', kind: 'longText', required: true },
      { label: 'Có vụ việc phức tạp, kéo dài', kind: 'yesNo', required: false },
      { label: 'Số lượt công dân được tiếp', kind: 'number', required: false },
    ])!;
    expect(formDefinitionSchema.parse(form)).toEqual(form);
    expect(form.fields.map((f) => [f.key, f.kind, f.label])).toEqual([
      ['q1', 'longText', 'Kết quả tiếp công dân trong đợt cao điểm'],
      ['q2', 'singleChoice', 'Có vụ việc phức tạp, kéo dài'],
      ['q3', 'number', 'Số lượt công dân được tiếp'],
    ]);
    const missing = valuesSchemaFor(form).safeParse({ q1: '', q2: 'maybe', q3: null });
    expect(missing.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'q1: Kết quả tiếp công dân trong đợt cao điểm không được để trống',
      'q2: Có vụ việc phức tạp, kéo dài: lựa chọn không hợp lệ',
    ]);
  });

  it('asks nothing when no question is given, and refuses a question without words', () => {
    expect(formOfQuestions([])).toBeUndefined();
    expect(
      questionSchema.safeParse({ label: '  ', kind: 'date', required: false }).error?.issues.map((i) => i.message),
    ).toEqual(['Nhập nội dung câu hỏi']);
  });
});
