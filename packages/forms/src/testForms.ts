import type { FormDefinition } from './definition';

/** The half-year report the Gia Lai 2024 plan asks of each unit: counts, a computed rate, a review section. */
export const halfYearReportForm: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      kind: 'group',
      key: 'results',
      label: 'I. Kết quả thực hiện',
      fields: [
        {
          kind: 'integer',
          key: 'skilledModels',
          label: 'Mô hình "Dân vận khéo"',
          required: true,
          min: 0,
          unit: 'mô hình',
          indicator: { aggregate: 'sum', target: 2 },
        },
        {
          kind: 'integer',
          key: 'citizenReceptions',
          label: 'Số buổi tiếp công dân',
          min: 0,
          unit: 'buổi',
          indicator: { aggregate: 'sum', target: null },
        },
        { kind: 'integer', key: 'petitionsReceived', label: 'Số kiến nghị, phản ánh tiếp nhận', min: 0 },
        { kind: 'integer', key: 'petitionsResolved', label: 'Số kiến nghị, phản ánh đã giải quyết', min: 0 },
        {
          kind: 'computed',
          key: 'petitionsResolvedRate',
          label: 'Tỷ lệ kiến nghị được giải quyết',
          op: 'percent',
          of: ['petitionsResolved', 'petitionsReceived'],
          decimals: 1,
          unit: '%',
          indicator: { aggregate: 'average', target: 90 },
        },
        {
          kind: 'number',
          key: 'budgetSpent',
          label: 'Kinh phí đã sử dụng (triệu đồng)',
          min: 0,
          max: 100_000,
          unit: 'triệu đồng',
        },
      ],
    },
    {
      kind: 'table',
      key: 'models',
      label: 'Danh sách mô hình "Dân vận khéo"',
      rowLabel: 'Mô hình',
      maxRows: 20,
      columns: [
        { kind: 'shortText', key: 'name', label: 'Tên mô hình', required: true },
        {
          kind: 'singleChoice',
          key: 'field',
          label: 'Lĩnh vực',
          required: true,
          options: [
            { value: 'economy', label: 'Kinh tế' },
            { value: 'culture', label: 'Văn hóa - xã hội' },
            { value: 'security', label: 'Quốc phòng - an ninh' },
          ],
        },
        { kind: 'date', key: 'recognisedOn', label: 'Ngày công nhận' },
      ],
    },
    {
      kind: 'multipleChoice',
      key: 'activities',
      label: 'Hình thức tuyên truyền',
      options: [
        { value: 'meetings', label: 'Hội nghị' },
        { value: 'radio', label: 'Đài truyền thanh' },
        { value: 'online', label: 'Không gian mạng' },
      ],
    },
    {
      kind: 'singleChoice',
      key: 'inspected',
      label: 'Đã được kiểm tra trong kỳ',
      required: true,
      options: [
        { value: 'yes', label: 'Có' },
        { value: 'no', label: 'Không' },
      ],
    },
    {
      kind: 'unit',
      key: 'inspectedBy',
      label: 'Đơn vị kiểm tra',
      required: true,
      visibleWhen: { field: 'inspected', equals: 'yes' },
    },
    {
      kind: 'date',
      key: 'inspectedOn',
      label: 'Ngày kiểm tra',
      required: true,
      visibleWhen: { field: 'inspected', equals: 'yes' },
    },
    { kind: 'longText', key: 'limitations', label: 'II. Hạn chế, nguyên nhân', required: true },
    {
      kind: 'shortText',
      key: 'contactPhone',
      label: 'Số điện thoại liên hệ',
      pattern: { regex: '^0\\d{9}$', message: 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0' },
    },
    { kind: 'file', key: 'minutes', label: 'Biên bản sơ kết', maxBytes: 1024, accept: ['application/pdf'] },
  ],
};

/** A filled-in report of Phường Pleiku that the form accepts. */
export const pleikuReport = {
  skilledModels: 2,
  citizenReceptions: 12,
  petitionsReceived: 40,
  petitionsResolved: 37,
  petitionsResolvedRate: 5,
  budgetSpent: 12.5,
  models: [{ name: 'Phường sạch, đẹp', field: 'culture', recognisedOn: '2024-03-26' }],
  activities: ['meetings', 'online'],
  inspected: 'yes',
  inspectedBy: 'gl-snv',
  inspectedOn: '2024-04-15',
  limitations: 'Một số mô hình chưa được nhân rộng.',
  contactPhone: '0269382435',
  minutes: {
    id: '6f1c2a4e-1b7d-4c1e-9d1a-0c7f3e2b9a10',
    name: 'bien-ban.pdf',
    contentType: 'application/pdf',
    size: 5,
  },
};
