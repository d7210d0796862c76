import { issuingBodyOf, signingBlockLines } from '@cascade/domain';
import type { ReportDocumentSource } from '../report/reportSource';

const giaLai = issuingBodyOf({ name: 'Tỉnh Gia Lai', kind: 'province', abbreviation: 'UBND' }, null);

/** Gia Lai's consolidated sơ kết of 2024 (../shared/seeds/gia-lai-province-2024.txt): three units, one not reported. */
export const giaLaiMidYear: ReportDocumentSource = {
  issuer: giaLai,
  year: 2024,
  submittedOn: '2024-05-10',
  round: { label: 'Báo cáo sơ kết 6 tháng', review: 'midYear' },
  plan: {
    title: 'Thực hiện công tác dân vận chính quyền năm 2024',
    documentNumber: '44/KH-UBND',
    issuedOn: '2024-01-30',
    issuerInText: 'Ủy ban nhân dân tỉnh Gia Lai',
  },
  indicators: [
    { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', target: 2 },
    { key: 'dialogues', label: 'Số cuộc đối thoại với Nhân dân', target: null },
  ],
  values: { skilledModels: 3, dialogues: 7 },
  narrative:
    'Các cơ quan, đơn vị, địa phương đã ban hành kế hoạch triển khai thực hiện công tác dân vận chính quyền năm 2024.',
  details: {},
  detailsForm: null,
  review: {
    results: 'Có 03 mô hình "Dân vận khéo" hoạt động hiệu quả, vượt chỉ tiêu đề ra.',
    limitations: '',
    proposals: 'Tăng cường tập huấn cho đội ngũ làm công tác dân vận chính quyền.',
    selfScore: 88,
    commendations: ['Phường Pleiku'],
  },
  consolidation: {
    rows: [
      { unitName: 'Phường Pleiku', values: { skilledModels: 2, dialogues: 4 } },
      { unitName: 'Sở Nội vụ', values: { skilledModels: 1, dialogues: 3 } },
      { unitName: 'Xã Biển Hồ', values: null },
    ],
    totals: { skilledModels: 3, dialogues: 7 },
  },
  signer: {
    lines: signingBlockLines({
      capacity: 'TM.',
      collectiveName: giaLai.collectiveName,
      headTitle: 'Chủ tịch',
      signerTitle: 'Chủ tịch',
    }),
    name: 'Trương Hải Long',
  },
  recipients: ['Bộ Nội vụ (báo cáo)', 'Lưu: VT, NC'],
};
