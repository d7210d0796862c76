import { describe, expect, it } from 'vitest';
import { reportFormDefaults, reportFormSchema } from './reportFormValues';

const review = { results: 'Đạt 01/02 mô hình', limitations: '', proposals: 'Tập huấn', selfScore: '85,5', commendations: 'Phường Pleiku\n\n Ông Nguyễn Văn A ' };

describe('report form values', () => {
  it('turns fields into the submit input: empty as null, decimal commas, one commendation per line', () => {
    const parsed = reportFormSchema.parse({ values: { skilledModels: '1', dialogues: '', rate: '92,5' }, narrative: ' Đã xây dựng 01 mô hình. ', review });
    expect(parsed).toEqual({
      values: { skilledModels: 1, dialogues: null, rate: 92.5 },
      narrative: 'Đã xây dựng 01 mô hình.',
      review: { results: 'Đạt 01/02 mô hình', limitations: '', proposals: 'Tập huấn', selfScore: 85.5, commendations: ['Phường Pleiku', 'Ông Nguyễn Văn A'] },
    });
  });

  it('explains wrong numbers and a missing review in Vietnamese', () => {
    const result = reportFormSchema.safeParse({ values: { skilledModels: '-1' }, narrative: '', review: { ...review, results: ' ', selfScore: '120' } });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'values.skilledModels: Nhập một số không âm, ví dụ 2 hoặc 92,5',
      'review.results: Nhập kết quả so với chỉ tiêu',
      'review.selfScore: Điểm tự chấm là một số từ 0 đến 100',
    ]);
  });

  it('pre-fills a resubmission from what was sent, and a first report from the subordinates’ totals', () => {
    const latest = { values: { skilledModels: 1 }, narrative: 'Lần 1', review: { ...review, selfScore: 80, commendations: ['A', 'B'] } };
    expect(reportFormDefaults({ indicatorKeys: ['skilledModels', 'dialogues'], hasReview: true, latest, aggregates: { skilledModels: 3 } })).toEqual({
      values: { skilledModels: '1', dialogues: '' },
      narrative: 'Lần 1',
      review: { ...review, selfScore: '80', commendations: 'A\nB' },
    });
    expect(reportFormDefaults({ indicatorKeys: ['rate'], hasReview: false, latest: null, aggregates: { rate: 91.666 } })).toEqual({ values: { rate: '91,67' }, narrative: '' });
  });
});
