import type { FormDefinition } from './definition';

/** The plan form the seeds write: Căn cứ · I. Mục đích, yêu cầu · II. Nội dung, nhiệm vụ · III. Tổ chức thực hiện. */
export const defaultPlanForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      kind: 'table',
      key: 'directives',
      label: 'Căn cứ',
      rowLabel: 'Căn cứ',
      help: 'Các văn bản cấp trên mà kế hoạch triển khai (Chỉ thị, kế hoạch của cấp trên…).',
      maxRows: 50,
      columns: [
        { kind: 'shortText', key: 'number', label: 'Số hiệu', required: true, maxLength: 100 },
        { kind: 'date', key: 'date', label: 'Ngày ban hành', required: true },
        { kind: 'shortText', key: 'issuer', label: 'Cơ quan ban hành', required: true, maxLength: 300 },
        { kind: 'shortText', key: 'title', label: 'Trích yếu', required: true, maxLength: 1_000 },
      ],
    },
    { kind: 'longText', key: 'purpose', label: 'I. Mục đích, yêu cầu', required: true },
    { kind: 'longText', key: 'tasks', label: 'II. Nội dung, nhiệm vụ', required: true },
    { kind: 'longText', key: 'organization', label: 'III. Tổ chức thực hiện', required: true },
  ],
};
