import type { PlanContent, PlanIssue } from '@cascade/workflows';

/** A stand-in document: the simulator exercises deadlines, not what a plan says. */
export function simulatedContent(year: number): PlanContent {
  return {
    directives: [
      {
        number: '33/CT-TTg',
        date: '2021-11-26',
        issuer: 'Thủ tướng Chính phủ',
        title: 'Về tiếp tục tăng cường và đổi mới công tác dân vận',
      },
    ],
    purpose: `Mục đích, yêu cầu năm ${year} (mô phỏng)`,
    tasks: 'Nội dung, nhiệm vụ (mô phỏng)',
    organization: 'Tổ chức thực hiện (mô phỏng)',
  };
}

export function simulatedIssue(
  issuedOn: string,
  subPlanDueOn: string | null,
  focalUnitId: string | null = null,
): PlanIssue {
  return {
    documentNumber: '01/KH-UBND',
    issuedOn,
    signerName: 'Người ký (mô phỏng)',
    signerTitle: 'Chủ tịch',
    signingCapacity: 'TM.',
    recipients: ['Như trên'],
    subPlanDueOn,
    focalUnitId,
  };
}
