import type { FieldKind } from '@cascade/forms';

export const fieldKindLabels: Record<FieldKind, string> = {
  shortText: 'Trả lời ngắn',
  longText: 'Đoạn văn',
  number: 'Số',
  integer: 'Số nguyên',
  date: 'Ngày',
  singleChoice: 'Chọn một',
  multipleChoice: 'Chọn nhiều',
  unit: 'Đơn vị',
  table: 'Bảng',
  file: 'Tệp đính kèm',
  computed: 'Giá trị tính sẵn',
  group: 'Mục',
};

/** Kinds a table's column may take in the builder. */
export const columnKinds: FieldKind[] = [
  'shortText',
  'longText',
  'number',
  'integer',
  'date',
  'singleChoice',
  'multipleChoice',
  'unit',
];

/** Kinds the builder edits in full; computed and file fields are kept as they were loaded. */
export const editableKinds: FieldKind[] = [...columnKinds, 'table', 'group'];

export const choiceKinds: ReadonlySet<FieldKind> = new Set(['singleChoice', 'multipleChoice']);
export const numberKinds: ReadonlySet<FieldKind> = new Set(['number', 'integer']);
/** Kinds whose definition has no `required`. */
export const unrequirableKinds: ReadonlySet<FieldKind> = new Set(['table', 'group', 'computed']);
