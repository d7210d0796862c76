import { unitKinds, type UnitKind } from '@cascade/domain';
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v.normalize('NFC')))
    .nullable()
    .optional();

export const unitKindSchema = z.enum(unitKinds as [UnitKind, ...UnitKind[]], {
  message: `Loại đơn vị phải là một trong: ${unitKinds.join(', ')}`,
});

export const unitFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Nhập tên đơn vị')
    .max(300)
    .transform((v) => v.normalize('NFC')),
  kind: unitKindSchema,
  parentId: z.string().min(1).nullable(),
  code: optionalText(40),
  abbreviation: z.string().trim().min(1, 'Nhập chữ viết tắt dùng trong số văn bản (ví dụ: UBND, SNV)').max(30),
  address: optionalText(300),
  phone: optionalText(40),
  email: z
    .string()
    .trim()
    .email('Thư điện tử không hợp lệ')
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
});
