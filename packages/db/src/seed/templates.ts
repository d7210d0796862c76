import type { TemplateDefinition } from '../schema';

export const massMobilisationTemplateId = 'dan-van-chinh-quyen-v1';

export const massMobilisationTemplate: { id: string; name: string; version: number; definition: TemplateDefinition } = {
  id: massMobilisationTemplateId,
  name: 'Kế hoạch thực hiện công tác dân vận chính quyền',
  version: 1,
  definition: {
    cascade: { province: ['department', 'district', 'commune'], district: ['department', 'commune'] },
    lowerLevelDays: 15,
  },
};
