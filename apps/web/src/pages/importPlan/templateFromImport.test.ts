import { defaultPlanForm } from '@cascade/forms';
import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '../admin/adminTypes';
import type { ImportResult } from './importTypes';
import { importedTemplateSlug, templateFromImport } from './templateFromImport';

const base = {
  cascade: { province: ['department', 'district'] },
  lowerLevelDays: 15,
  rounds: [
    { key: 'H1', label: 'Báo cáo sơ kết 6 tháng', period: 'half', dueMonthDay: '06-10', review: 'midYear' },
    { key: 'Y', label: 'Báo cáo tổng kết năm', period: 'year', dueMonthDay: '12-15', review: 'annual' },
  ],
  leadDays: 5,
  workingDayAdjust: 'none',
  remindDaysBefore: [3],
  indicators: [
    { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', aggregate: 'sum', target: null },
    { key: 'dialogues', label: 'Số cuộc đối thoại với Nhân dân', aggregate: 'sum', target: 4 },
  ],
  daysOff: [],
  workingDays: [],
  planForm: defaultPlanForm,
} as unknown as TemplateDefinition;

const imported = (template: ImportResult['template'], targets: Record<string, number>) =>
  ({ template, issue: { targets } }) as unknown as ImportResult;

describe('a template started from an imported plan', () => {
  it('takes the plan’s rounds (keeping the base’s sơ kết and tổng kết), the sub-plans’ days and the mapped targets', () => {
    const result = imported(
      {
        rounds: [
          { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueMonthDay: '05-10' },
          { key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '10-30' },
        ],
        subPlanDays: 30,
      },
      { skilledModels: 2 },
    );
    expect(templateFromImport(base, result)).toEqual({
      ...base,
      lowerLevelDays: 30,
      rounds: [
        { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueMonthDay: '05-10', review: 'midYear' },
        { key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '10-30', review: 'annual' },
      ],
      indicators: [
        { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', aggregate: 'sum', target: 2 },
        { key: 'dialogues', label: 'Số cuộc đối thoại với Nhân dân', aggregate: 'sum', target: 4 },
      ],
    });
  });

  it('keeps the base’s rounds and days where the file gives none', () => {
    expect(templateFromImport(base, imported({ rounds: [], subPlanDays: null }, {}))).toEqual(base);
    expect(importedTemplateSlug(Date.UTC(2026, 11, 1))).toMatch(/^tu-van-ban-[a-z0-9]{3,}$/);
  });
});
