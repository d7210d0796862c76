import type { AggregateRule, ReportPeriod, UnitKind, WorkingDayAdjust } from '@cascade/domain';
import type { TemplateRound } from './adminTypes';

export const unitKinds: UnitKind[] = [
  'nation',
  'province',
  'district',
  'commune',
  'department',
  'office',
  'organization',
];

export const periodLabels: Record<ReportPeriod, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half: '6 tháng',
  'nine-months': '9 tháng',
  year: 'Năm',
};

export const workingDayAdjustLabels: Record<WorkingDayAdjust, string> = {
  none: 'Giữ nguyên ngày',
  previous: 'Lùi về ngày làm việc trước đó',
  next: 'Dời sang ngày làm việc kế tiếp',
};

export const aggregateLabels: Record<AggregateRule, string> = {
  sum: 'Cộng',
  average: 'Trung bình cộng',
  min: 'Giá trị nhỏ nhất',
  max: 'Giá trị lớn nhất',
  count: 'Đếm số đơn vị có số liệu',
};

/** A template's cascade rules, issuer kinds in the order of the hierarchy (the database keeps JSON keys in its own order). */
export function cascadeRulesOf(
  cascade: Partial<Record<UnitKind, UnitKind[]>>,
): { issuerKind: UnitKind; subordinateKinds: UnitKind[] }[] {
  return unitKinds.flatMap((issuerKind) => {
    const subordinateKinds = cascade[issuerKind];
    return subordinateKinds ? [{ issuerKind, subordinateKinds: [...subordinateKinds] }] : [];
  });
}

/** When a template's round is due: "Ngày 10/05 hằng năm", "Hằng tháng, hạn ngày 15". */
export function describeDue(round: TemplateRound): string {
  if (round.every === 'month') return `Hằng tháng, hạn ngày ${round.dueDay ?? '—'}`;
  if (!round.dueMonthDay) return '—';
  const [month, day] = round.dueMonthDay.split('-');
  return `Ngày ${day}/${month} hằng năm`;
}
