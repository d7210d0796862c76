import type { AggregateRule, ReportPeriod, UnitKind, WorkingDayAdjust } from '@cascade/domain';

export const unitKinds: UnitKind[] = ['province', 'district', 'commune', 'department', 'office', 'organization'];

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
export function cascadeRulesOf(cascade: Partial<Record<UnitKind, UnitKind[]>>): { issuerKind: UnitKind; subordinateKinds: UnitKind[] }[] {
  return unitKinds.flatMap((issuerKind) => {
    const subordinateKinds = cascade[issuerKind];
    return subordinateKinds ? [{ issuerKind, subordinateKinds: [...subordinateKinds] }] : [];
  });
}
