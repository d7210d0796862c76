import { describe, expect, it } from 'vitest';
import {
  adhocCutoff,
  cutoffDayBefore,
  cutoffFittingDueDate,
  isRoundOpen,
  roundNotOpenNotice,
  roundOpensOn,
} from './roundPeriod';
import { expandRounds, type RoundSpec } from './schedule';
import { scheduleWarnings } from './scheduleWarnings';

/** Every schedule the seeds carry (/work/shared/seeds) and the project's seed template (packages/db seed). */
const seedSchedules: { name: string; year: number; specs: RoundSpec[] }[] = [
  {
    name: 'Gia Lai 2024: 06 tháng trước 10/5, 01 năm trước 30/10',
    year: 2024,
    specs: [
      { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueOn: '2024-05-10', review: 'midYear' },
      { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-10-30', review: 'annual' },
    ],
  },
  {
    name: 'Kon Tum 2024: hằng tháng trước ngày 15, cả năm trước 15/12',
    year: 2024,
    specs: [
      { key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 15 },
      { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-12-15', review: 'annual' },
    ],
  },
  {
    name: 'the seed template (sơ kết due 10/05, tổng kết due 30/10) in 2027',
    year: 2027,
    specs: [
      { key: 'H1', label: 'Báo cáo sơ kết 6 tháng', period: 'half', dueOn: '2027-05-10', review: 'midYear' },
      { key: 'Y', label: 'Báo cáo tổng kết năm', period: 'year', dueOn: '2027-10-30', review: 'annual' },
    ],
  },
];

describe('every seed schedule: each round’s period closes before it is due and opens before it closes', () => {
  for (const { name, year, specs } of seedSchedules) {
    it(name, () => {
      for (const round of expandRounds(year, specs)) {
        expect(round.cutoff.to < round.dueOn, `${round.key} ends ${round.cutoff.to}, due ${round.dueOn}`).toBe(true);
        expect(round.cutoff.from <= round.cutoff.to, round.key).toBe(true);
        expect(round.cutoff.to.endsWith('-14'), round.key).toBe(true);
      }
    });
  }

  it('Gia Lai 2024: sơ kết 15/12/2023 – 14/04/2024 (due 10/05), tổng kết 15/12/2023 – 14/10/2024 (due 30/10)', () => {
    const [h1, y] = expandRounds(2024, seedSchedules[0]!.specs);
    expect(h1!.cutoff).toEqual({ from: '2023-12-15', to: '2024-04-14' });
    expect(y!.cutoff).toEqual({ from: '2023-12-15', to: '2024-10-14' });
  });

  it('Kon Tum 2024: the Decree’s periods already close before the 15th; nothing moves and nothing is warned', () => {
    const rounds = expandRounds(2024, seedSchedules[1]!.specs);
    expect(rounds.find((r) => r.key === 'M-05')!.cutoff).toEqual({ from: '2024-04-15', to: '2024-05-14' });
    expect(rounds.find((r) => r.key === 'Y')!.cutoff).toEqual({ from: '2023-12-15', to: '2024-12-14' });
    expect(scheduleWarnings(2024, seedSchedules[1]!.specs)).toEqual([]);
  });

  it('the seed template warns about both rounds in words an administrator can act on', () => {
    expect(scheduleWarnings(2027, seedSchedules[2]!.specs)).toEqual([
      'Báo cáo sơ kết 6 tháng: hạn nộp 10/05/2027 trước khi kỳ số liệu theo Nghị định 09/2019 (15/12/2026 – 14/06/2027) kết thúc; kỳ báo cáo được lấy đến ngày 14/04/2027 (15/12/2026 – 14/04/2027). Hãy dời hạn nộp hoặc đặt kỳ số liệu riêng nếu cần khác.',
      'Báo cáo tổng kết năm: hạn nộp 30/10/2027 trước khi kỳ số liệu theo Nghị định 09/2019 (15/12/2026 – 14/12/2027) kết thúc; kỳ báo cáo được lấy đến ngày 14/10/2027 (15/12/2026 – 14/10/2027). Hãy dời hạn nộp hoặc đặt kỳ số liệu riêng nếu cần khác.',
    ]);
  });
});

describe('cut-off rules', () => {
  it('the 14th before a due date: the same month after the 14th, the month before otherwise', () => {
    expect(cutoffDayBefore('2024-05-10')).toBe('2024-04-14');
    expect(cutoffDayBefore('2024-05-14')).toBe('2024-04-14');
    expect(cutoffDayBefore('2024-05-15')).toBe('2024-05-14');
    expect(cutoffDayBefore('2024-01-05')).toBe('2023-12-14');
  });

  it('a one-month round due inside its own month reports the month before', () => {
    expect(cutoffFittingDueDate({ from: '2024-04-15', to: '2024-05-14' }, '2024-05-10')).toEqual({
      from: '2024-03-15',
      to: '2024-04-14',
    });
  });

  it('a template’s own cut-off is kept and warned about when it ends after the due date', () => {
    const specs: RoundSpec[] = [
      {
        key: 'H1',
        label: 'Sơ kết',
        period: 'half',
        dueOn: '2024-05-10',
        cutoff: { from: '2024-01-01', to: '2024-05-31' },
      },
    ];
    expect(expandRounds(2024, specs)[0]!.cutoff).toEqual({ from: '2024-01-01', to: '2024-05-31' });
    expect(scheduleWarnings(2024, specs)).toEqual([
      'Sơ kết: hạn nộp 10/05/2024 trước khi kỳ số liệu 01/01/2024 – 31/05/2024 kết thúc. Hãy dời hạn nộp sau ngày 31/05/2024 hoặc sửa kỳ số liệu.',
    ]);
  });

  it('an ad hoc round reports the plan year up to the day it is asked; asked before the year, that day alone', () => {
    expect(adhocCutoff(2027, '2027-03-20')).toEqual({ from: '2027-01-01', to: '2027-03-20' });
    expect(adhocCutoff(2027, '2026-12-10')).toEqual({ from: '2026-12-10', to: '2026-12-10' });
  });

  it('a report is open once its period has started', () => {
    const cutoff = { from: '2026-12-15', to: '2027-04-14' };
    expect(isRoundOpen(cutoff, '2026-11-30')).toBe(false);
    expect(isRoundOpen(cutoff, '2026-12-15')).toBe(true);
  });

  it('a report not yet open says the day it opens, in dd/mm/yyyy; an open one says nothing', () => {
    const cutoff = { from: '2026-12-15', to: '2027-04-14' };
    expect(roundOpensOn(cutoff, '2026-12-14')).toBe('2026-12-15');
    expect(roundOpensOn(cutoff, '2026-12-15')).toBeNull();
    expect(roundNotOpenNotice('2026-12-15')).toBe('Chưa đến kỳ báo cáo — mở từ 15/12/2026');
  });

  it('the seed template’s sơ kết and tổng kết of 2027 open on 15/12/2026, an ad hoc round on the day it is asked', () => {
    const [h1, y] = expandRounds(2027, [
      { key: 'H1', label: 'Sơ kết', period: 'half', dueOn: '2027-05-10', review: 'midYear' },
      { key: 'Y', label: 'Tổng kết', period: 'year', dueOn: '2027-10-30', review: 'annual' },
    ]);
    expect(roundOpensOn(h1!.cutoff, '2026-11-30')).toBe('2026-12-15');
    expect(roundOpensOn(y!.cutoff, '2026-12-01')).toBe('2026-12-15');
    expect(roundOpensOn(adhocCutoff(2027, '2026-11-30'), '2026-11-30')).toBeNull();
  });
});
