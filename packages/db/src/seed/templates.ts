import { defaultPlanForm } from '@cascade/forms';
import type { TemplateDefinition } from '../schema';

export const massMobilisationTemplateId = 'dan-van-chinh-quyen-v1';

/** The Gia Lai 2024 schedule: 6-month report (with sơ kết) before 10/5, annual (with tổng kết) before 30/10. */
export const massMobilisationTemplate: { id: string; name: string; version: number; definition: TemplateDefinition } = {
  id: massMobilisationTemplateId,
  name: 'Kế hoạch thực hiện công tác dân vận chính quyền',
  version: 1,
  definition: {
    cascade: { province: ['department', 'district', 'commune'], district: ['department', 'commune'] },
    lowerLevelDays: 15,
    rounds: [
      { key: 'H1', label: 'Báo cáo sơ kết 6 tháng', period: 'half', dueMonthDay: '05-10', review: 'midYear' },
      { key: 'Y', label: 'Báo cáo tổng kết năm', period: 'year', dueMonthDay: '10-30', review: 'annual' },
    ],
    leadDays: 5,
    workingDayAdjust: 'none',
    remindDaysBefore: [3, 1],
    indicators: [
      { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', aggregate: 'sum', target: 2 },
      { key: 'citizenReceptions', label: 'Số buổi tiếp công dân', aggregate: 'sum', target: null },
      { key: 'dialogues', label: 'Số cuộc đối thoại với Nhân dân', aggregate: 'sum', target: null },
      { key: 'petitionsResolvedRate', label: 'Tỷ lệ kiến nghị được giải quyết (%)', aggregate: 'average', target: 90 },
    ],
    daysOff: [],
    workingDays: [],
    planForm: defaultPlanForm,
  },
};
