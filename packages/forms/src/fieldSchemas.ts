import { z } from 'zod';
import type { ColumnField, FormField } from './definition';
import { isSupportedPattern } from './pattern';

/** The largest file a form may accept: files are stored by the server, outside Temporal, and referenced. */
export const maxFileBytes = 20 * 1024 * 1024;

const key = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_]{0,40}$/,
    'Mã trường chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (tối đa 41 ký tự)',
  );
const label = z.string().trim().min(1, 'Nhập nhãn của trường').max(500, 'Nhãn trường quá dài');

const visibleWhen = z.union(
  [
    z.strictObject({ field: key, equals: z.union([z.string(), z.number(), z.boolean()]) }),
    z.strictObject({
      field: key,
      in: z.array(z.union([z.string(), z.number()])).min(1, 'Điều kiện hiển thị cần ít nhất một giá trị'),
    }),
  ],
  { message: 'Điều kiện hiển thị phải có dạng { field, equals } hoặc { field, in }' },
);

const base = {
  key,
  label,
  required: z.boolean().optional(),
  help: z.string().max(2_000, 'Hướng dẫn quá dài').optional(),
  visibleWhen: visibleWhen.optional(),
};
const { required: _required, ...baseWithoutRequired } = base;

const indicator = z.strictObject({
  aggregate: z.enum(['sum', 'average', 'min', 'max', 'count'], {
    message: 'Cách tổng hợp chỉ tiêu phải là sum, average, min, max hoặc count',
  }),
  target: z.number().min(0, 'Chỉ tiêu không được âm').nullable(),
});

const shortText = z.strictObject({
  ...base,
  kind: z.literal('shortText'),
  maxLength: z.number().int().min(1).max(2_000).optional(),
  pattern: z
    .strictObject({
      regex: z
        .string()
        .min(1)
        .max(500, 'Biểu thức kiểm tra (regex) quá dài (tối đa 500 ký tự)')
        .refine(
          isSupportedPattern,
          'Biểu thức kiểm tra (regex) không hợp lệ (không hỗ trợ tham chiếu ngược \\1 và nhìn trước/nhìn sau (?=…)): hãy viết lại',
        ),
      message: z.string().trim().min(1, 'Nhập thông báo khi giá trị không đúng mẫu'),
    })
    .optional(),
});

const longText = z.strictObject({
  ...base,
  kind: z.literal('longText'),
  maxLength: z.number().int().min(1).max(100_000).optional(),
});

const numberField = z
  .strictObject({
    ...base,
    kind: z.enum(['number', 'integer']),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().trim().min(1).max(50).optional(),
    indicator: indicator.optional(),
  })
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    message: 'Giá trị nhỏ nhất không được lớn hơn giá trị lớn nhất',
    path: ['min'],
  });

const date = z.strictObject({ ...base, kind: z.literal('date') });

const choice = z.strictObject({
  ...base,
  kind: z.enum(['singleChoice', 'multipleChoice']),
  options: z
    .array(z.strictObject({ value: z.string().trim().min(1, 'Nhập giá trị của phương án').max(200), label }))
    .min(1, 'Trường lựa chọn phải có ít nhất một phương án')
    .refine(
      (options) => new Set(options.map((o) => o.value)).size === options.length,
      'Các phương án không được trùng giá trị',
    ),
});

const unitPicker = z.strictObject({ ...base, kind: z.literal('unit'), multiple: z.boolean().optional() });

const computed = z
  .strictObject({
    ...baseWithoutRequired,
    kind: z.literal('computed'),
    op: z.enum(['sum', 'difference', 'product', 'ratio', 'percent'], {
      message: 'Phép tính phải là sum, difference, product, ratio hoặc percent',
    }),
    of: z.array(key).min(1, 'Giá trị tính toán cần ít nhất một trường'),
    decimals: z.number().int().min(0).max(6).optional(),
    unit: z.string().trim().min(1).max(50).optional(),
    indicator: indicator.optional(),
  })
  .refine((f) => f.op === 'sum' || f.op === 'product' || f.of.length === 2, {
    message: 'Phép hiệu, tỷ số và phần trăm cần đúng hai trường',
    path: ['of'],
  });

const table = z
  .strictObject({
    ...baseWithoutRequired,
    kind: z.literal('table'),
    rowLabel: z.string().trim().min(1).max(200).optional(),
    columns: z.array(z.lazy(() => columnFieldSchema)).min(1, 'Bảng phải có ít nhất một cột'),
    minRows: z.number().int().min(0).optional(),
    maxRows: z.number().int().min(1).max(1_000).optional(),
  })
  .refine((f) => f.minRows === undefined || f.maxRows === undefined || f.minRows <= f.maxRows, {
    message: 'Số dòng tối thiểu không được lớn hơn số dòng tối đa',
    path: ['minRows'],
  });

const file = z.strictObject({
  ...base,
  kind: z.literal('file'),
  maxBytes: z.number().int().min(1).max(maxFileBytes, 'Tệp đính kèm tối đa 20 MB'),
  accept: z
    .array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'Loại tệp phải có dạng application/pdf'))
    .min(1, 'Nêu ít nhất một loại tệp được phép'),
});

const fieldKinds =
  'shortText, longText, number, integer, date, singleChoice, multipleChoice, unit, computed, table, file, group';

export const columnFieldSchema: z.ZodType<ColumnField> = z.discriminatedUnion(
  'kind',
  [shortText, longText, numberField, date, choice, unitPicker, computed],
  {
    error: `Loại cột phải là một trong: ${fieldKinds.split(', ').slice(0, 9).join(', ')}`,
  },
);

const group = z.strictObject({
  ...baseWithoutRequired,
  kind: z.literal('group'),
  fields: z.array(z.lazy(() => formFieldSchema)).min(1, 'Nhóm phải có ít nhất một trường'),
});

export const formFieldSchema: z.ZodType<FormField> = z.discriminatedUnion(
  'kind',
  [shortText, longText, numberField, date, choice, unitPicker, computed, table, file, group],
  {
    error: `Loại trường phải là một trong: ${fieldKinds}`,
  },
);
