import { describe, expect, it } from 'vitest';
import { expandRounds, type RoundSpec } from './schedule';

const dueDates = (year: number, specs: RoundSpec[]) =>
  expandRounds(year, specs).map((round) => [round.key, round.dueOn]);

describe('expandRounds: every schedule in the seeds is data', () => {
  it('Kon Tum 2024 "hằng tháng trước ngày 15": the report for month m is due on 15/m, the day after its cut-off 15/(m-1)–14/m closes', () => {
    const rounds = expandRounds(2024, [
      { key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 15 },
      { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-12-15', review: 'annual' },
    ]);
    expect(rounds).toHaveLength(13);
    expect(rounds[0]).toEqual({
      key: 'M-01',
      label: 'Báo cáo tháng 1',
      period: 'month',
      dueOn: '2024-01-15',
      cutoff: { from: '2023-12-15', to: '2024-01-14' },
    });
    expect(rounds.find((round) => round.key === 'M-05')).toMatchObject({
      dueOn: '2024-05-15',
      cutoff: { from: '2024-04-15', to: '2024-05-14' },
    });
    expect(rounds.slice(-2)).toEqual([
      {
        key: 'M-12',
        label: 'Báo cáo tháng 12',
        period: 'month',
        dueOn: '2024-12-15',
        cutoff: { from: '2024-11-15', to: '2024-12-14' },
      },
      {
        key: 'Y',
        label: 'Báo cáo năm',
        period: 'year',
        review: 'annual',
        dueOn: '2024-12-15',
        cutoff: { from: '2023-12-15', to: '2024-12-14' },
      },
    ]);
  });

  it('Gia Lai 2024: 6 months before 10/05/2024 (sơ kết), annual before 30/10/2024 (tổng kết)', () => {
    expect(
      expandRounds(2024, [
        { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueOn: '2024-05-10', review: 'midYear' },
        { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2024-10-30', review: 'annual' },
      ]),
    ).toEqual([
      {
        key: 'H1',
        label: 'Báo cáo 6 tháng',
        period: 'half',
        review: 'midYear',
        dueOn: '2024-05-10',
        cutoff: { from: '2023-12-15', to: '2024-04-14' },
      },
      {
        key: 'Y',
        label: 'Báo cáo năm',
        period: 'year',
        review: 'annual',
        dueOn: '2024-10-30',
        cutoff: { from: '2023-12-15', to: '2024-10-14' },
      },
    ]);
  });

  it('a 2026 province plan: quarterly before 10/03, 10/06 and 10/09, annual before 15/11/2026', () => {
    const rounds = expandRounds(2026, [
      { key: 'Q1', label: 'Báo cáo quý I', period: 'quarter', index: 1, dueOn: '2026-03-10' },
      { key: 'Q2', label: 'Báo cáo quý II', period: 'quarter', index: 2, dueOn: '2026-06-10' },
      { key: 'Q3', label: 'Báo cáo quý III', period: 'quarter', index: 3, dueOn: '2026-09-10' },
      { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2026-11-15', review: 'annual' },
    ]);
    expect(rounds.map(({ key, dueOn, cutoff }) => [key, dueOn, cutoff.from, cutoff.to])).toEqual([
      ['Q1', '2026-03-10', '2025-12-15', '2026-02-14'],
      ['Q2', '2026-06-10', '2026-03-15', '2026-05-14'],
      ['Q3', '2026-09-10', '2026-06-15', '2026-08-14'],
      ['Y', '2026-11-15', '2025-12-15', '2026-11-14'],
    ]);
  });

  it('a town’s 2023 plan: 6 months before 05/05/2023, annual before 25/10/2023', () => {
    expect(
      dueDates(2023, [
        { key: 'Y', label: 'Báo cáo năm', period: 'year', dueOn: '2023-10-25', review: 'annual' },
        { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueOn: '2023-05-05', review: 'midYear' },
      ]),
    ).toEqual([
      ['H1', '2023-05-05'],
      ['Y', '2023-10-25'],
    ]);
  });
});

describe('expandRounds: rules', () => {
  it('moves a monthly due day the month lacks to its last day: dueDay 31 is 29/02/2024', () => {
    const rounds = expandRounds(2024, [
      { key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 31 },
    ]);
    expect(rounds.slice(0, 4).map((round) => round.dueOn)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('lets a plan set its own cut-off instead of the decree’s', () => {
    const [round] = expandRounds(2024, [
      {
        key: 'H1',
        label: 'Báo cáo 6 tháng',
        period: 'half',
        dueOn: '2024-05-10',
        cutoff: { from: '2024-01-01', to: '2024-05-05' },
      },
    ]);
    expect(round?.cutoff).toEqual({ from: '2024-01-01', to: '2024-05-05' });
  });

  it('refuses specs that cannot make a round', () => {
    expect(() => expandRounds(2024, [{ key: 'M', label: 'x', period: 'month', every: 'month' }])).toThrow(
      'Kỳ báo cáo M: báo cáo hằng tháng cần ngày hạn nộp từ 1 đến 31',
    );
    expect(() => expandRounds(2024, [{ key: 'Q', label: 'x', period: 'quarter', every: 'month', dueDay: 10 }])).toThrow(
      'Kỳ báo cáo Q: báo cáo hằng tháng phải có loại kỳ là tháng',
    );
    expect(() => expandRounds(2024, [{ key: 'Q1', label: 'x', period: 'quarter', dueOn: '2024-03-10' }])).toThrow(
      'Kỳ báo cáo Q1: báo cáo một quý cần thứ tự kỳ (quý thứ mấy)',
    );
    expect(() => expandRounds(2024, [{ key: 'Y', label: 'x', period: 'year', dueOn: '30/10/2024' }])).toThrow(
      'Kỳ báo cáo Y: hạn nộp 30/10/2024 không phải là ngày có thật (YYYY-MM-DD)',
    );
    expect(() =>
      expandRounds(2024, [
        { key: 'Y', label: 'x', period: 'year', dueOn: '2024-10-30' },
        { key: 'Y', label: 'y', period: 'year', dueOn: '2024-12-15' },
      ]),
    ).toThrow('Hai kỳ báo cáo trùng mã Y');
  });

  it('labels monthly rounds in NFC Vietnamese', () => {
    const [round] = expandRounds(2024, [
      { key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 15 },
    ]);
    expect(round?.label).toBe('Báo cáo tháng 1');
    expect(round?.label).toBe(round?.label.normalize('NFC'));
  });
});
