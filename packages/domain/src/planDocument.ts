/** What a plan document holds, as the seeds write it: I. Mục đích, yêu cầu · II. Nội dung / Nhiệm vụ · III. Tổ chức thực hiện. */
export interface PlanContent {
  /** The higher documents the plan implements (Chỉ thị 33/CT-TTg, the province plan…). */
  directives: { number: string; date: string; issuer: string; title: string }[];
  purpose: string;
  tasks: string;
  organization: string;
}

export type SigningCapacity = 'TM.' | 'KT.' | 'Q.';

export interface PlanIssue {
  documentNumber: string;
  issuedOn: string;
  signerName: string;
  signerTitle: string;
  signingCapacity: SigningCapacity;
  recipients: string[];
  /** The deadline the issuer gives its subordinates for their sub-plans; null when none must cascade. */
  subPlanDueOn: string | null;
  /** The unit that consolidates the reports for the issuer (Sở Nội vụ for the province); the issuer itself when null. */
  focalUnitId?: string | null;
}

export interface SubPlan {
  planId: string;
  unitId: string;
  workflowId: string;
  dueAt: string;
}

export const emptyPlanContent: PlanContent = { directives: [], purpose: '', tasks: '', organization: '' };
