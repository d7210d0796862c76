import { describe, expect, it } from 'vitest';
import { cascadeRulesOf, describeDue } from './templateLabels';

describe('template labels', () => {
  it('says when a round is due', () => {
    expect(describeDue({ key: 'H1', label: '6 tháng', period: 'half', dueMonthDay: '05-10' })).toBe(
      'Ngày 10/05 hằng năm',
    );
    expect(describeDue({ key: 'M', label: 'Tháng', period: 'month', every: 'month', dueDay: 15 })).toBe(
      'Hằng tháng, hạn ngày 15',
    );
  });

  it('orders cascade rules from the top of the hierarchy down, leaving out kinds without a rule', () => {
    expect(cascadeRulesOf({ commune: ['office'], province: ['department', 'commune'] })).toEqual([
      { issuerKind: 'province', subordinateKinds: ['department', 'commune'] },
      { issuerKind: 'commune', subordinateKinds: ['office'] },
    ]);
  });
});
