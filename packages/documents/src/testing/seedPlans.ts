import { issuingBodyOf, type PlanIssue } from '@cascade/domain';
import { defaultPlanForm } from '@cascade/forms';
import type { PlanDocumentSource } from '../plan/planDocument';

/** The Kon Tum 2024 plan (../shared/seeds/kon-tum-province-2024.md) as Cascade holds it once issued. */
export const konTumIssue: PlanIssue = {
  documentNumber: '5/KH-UBND',
  issuedOn: '2024-01-09',
  signerName: 'Y Ngọc',
  signerTitle: 'Phó Chủ tịch',
  signingCapacity: 'KT.',
  recipients: ['Bộ Nội vụ (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Các sở, ban, ngành, đơn vị thuộc tỉnh', 'Lưu VT, KGVX'],
  subPlanDueOn: '2024-02-29',
};

export const konTumPlan: PlanDocumentSource = {
  title:
    'Tăng cường công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trên địa bàn tỉnh Kon Tum năm 2024',
  year: 2024,
  form: defaultPlanForm,
  issue: konTumIssue,
  issuer: issuingBodyOf({ name: 'Tỉnh Kon Tum', kind: 'province', abbreviation: 'UBND' }, null),
  content: {
    directives: [
      {
        number: '33/CT-TTg',
        date: '2021-11-26',
        issuer: 'Thủ tướng Chính phủ',
        title:
          'tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
      },
      {
        number: '324-QĐ/TU',
        date: '2022-02-14',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        title: 'việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh',
      },
    ],
    purpose: [
      '1. Mục đích',
      '- Tiếp tục thực hiện tốt công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp, tạo sự chuyển biến mạnh mẽ từ nhận thức đến hành động.',
      '2. Yêu cầu',
      '- Triển khai thực hiện phải đồng bộ, phối hợp chặt chẽ; thường xuyên theo dõi, kiểm tra, đánh giá hiệu quả công tác dân vận.',
    ].join('\n'),
    tasks: Array.from(
      { length: 7 },
      (_, i) =>
        `${i + 1}. Tổ chức quán triệt, thể chế hóa và thực hiện nhất quán các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, văn bản của các cấp có thẩm quyền về công tác dân vận, gắn với nhiệm vụ phát triển kinh tế - xã hội; xây dựng nền hành chính nhà nước phục vụ Nhân dân, dân chủ, pháp quyền, chuyên nghiệp, hiện đại, trong sạch, vững mạnh, công khai, minh bạch.`,
    ).join('\n'),
    organization: [
      '1. Các sở, ban, ngành, đơn vị thuộc tỉnh',
      '- Định kỳ hằng tháng (trước ngày 15) và cả năm (trước ngày 15 tháng 12) tổng hợp, báo cáo gửi về Sở Nội vụ để theo dõi, tổng hợp báo cáo chung.',
      '2. Giao Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; đồng thời, tổng hợp báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện theo quy định.',
    ].join('\n'),
  },
};
