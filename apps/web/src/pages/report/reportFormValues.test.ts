import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@cascade/forms';
import { reportFormDefaults, reportFormSchema, reportFormSchemaFor } from './reportFormValues';

const questions: FormDefinition = {
  schemaVersion: 1,
  fields: [
    { kind: 'longText', key: 'difficulties', label: 'Khó khăn, vướng mắc', required: true },
    {
      kind: 'table',
      key: 'models',
      label: 'Mô hình đã xây dựng',
      columns: [{ kind: 'shortText', key: 'name', label: 'Tên mô hình', required: true }],
    },
  ],
};

const review = {
  results: 'Đạt 01/02 mô hình',
  limitations: '',
  proposals: 'Tập huấn',
  selfScore: '85,5',
  commendations: 'Phường Pleiku\n\n Ông Nguyễn Văn A ',
};

describe('report form values', () => {
  it('turns fields into the submit input: empty as null, decimal commas, one commendation per line', () => {
    const parsed = reportFormSchema.parse({
      values: { skilledModels: '1', dialogues: '', rate: '92,5' },
      narrative: ' Đã xây dựng 01 mô hình. ',
      review,
    });
    expect(parsed).toEqual({
      values: { skilledModels: 1, dialogues: null, rate: 92.5 },
      narrative: 'Đã xây dựng 01 mô hình.',
      review: {
        results: 'Đạt 01/02 mô hình',
        limitations: '',
        proposals: 'Tập huấn',
        selfScore: 85.5,
        commendations: ['Phường Pleiku', 'Ông Nguyễn Văn A'],
      },
    });
  });

  it('explains wrong numbers and a missing review in Vietnamese', () => {
    const result = reportFormSchema.safeParse({
      values: { skilledModels: '-1' },
      narrative: '',
      review: { ...review, results: ' ', selfScore: '120' },
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'values.skilledModels: Nhập một số không âm, ví dụ 2 hoặc 92,5',
      'review.results: Nhập kết quả so với chỉ tiêu',
      'review.selfScore: Điểm tự chấm là một số từ 0 đến 100',
    ]);
  });

  it('pre-fills a resubmission from what was sent, and a first report from the subordinates’ totals', () => {
    const latest = {
      values: { skilledModels: 1 },
      narrative: 'Lần 1',
      review: { ...review, selfScore: 80, commendations: ['A', 'B'] },
      details: {},
    };
    expect(
      reportFormDefaults({
        indicatorKeys: ['skilledModels', 'dialogues'],
        hasReview: true,
        questions: null,
        latest,
        aggregates: { skilledModels: 3 },
      }),
    ).toEqual({
      values: { skilledModels: '1', dialogues: '' },
      narrative: 'Lần 1',
      review: { ...review, selfScore: '80', commendations: 'A\nB' },
    });
    expect(
      reportFormDefaults({
        indicatorKeys: ['rate'],
        hasReview: false,
        questions: null,
        latest: null,
        aggregates: { rate: 91.666 },
      }),
    ).toEqual({ values: { rate: '91,67' }, narrative: '' });
  });

  it('reads the round’s questions beside the indicators, with each message on its own field', () => {
    const schema = reportFormSchemaFor(questions, { unitIds: [] });
    const answers = { difficulties: 'Thiếu kinh phí', models: [{ name: 'Chợ văn minh' }] };
    expect(schema.parse({ values: { skilledModels: '1' }, narrative: '', ...answers })).toEqual({
      values: { skilledModels: 1 },
      narrative: '',
      details: answers,
    });
    const result = schema.safeParse({
      values: { skilledModels: 'x' },
      narrative: '',
      difficulties: ' ',
      models: [{ name: '' }],
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'values.skilledModels: Nhập một số không âm, ví dụ 2 hoặc 92,5',
      'difficulties: Khó khăn, vướng mắc không được để trống',
      'models.0.name: Tên mô hình không được để trống',
    ]);
  });

  it('starts the questions blank, or from the answers sent before', () => {
    expect(
      reportFormDefaults({ indicatorKeys: [], hasReview: false, questions, latest: null, aggregates: null }),
    ).toEqual({ values: {}, narrative: '', difficulties: '', models: [] });
    const latest = { values: {}, narrative: '', review: null, details: { difficulties: 'Thiếu kinh phí', models: [] } };
    expect(
      reportFormDefaults({ indicatorKeys: [], hasReview: false, questions, latest, aggregates: null }),
    ).toMatchObject({ difficulties: 'Thiếu kinh phí' });
  });
});
