/**
 * What a plan document holds: the values of its template's plan form, by field key (the seeds' form has
 * directives · I. Mục đích, yêu cầu · II. Nội dung, nhiệm vụ · III. Tổ chức thực hiện). Checked by @cascade/forms.
 */
export type PlanContent = Record<string, unknown>;

/** TM. on behalf of a collective body, KT. for the head, Q. acting head, TL. on the head's order, TUQ. by written authorisation. */
export type SigningCapacity = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

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
  /** A sub-plan's own lead time: how many days before the unit's due date its subordinates report; the template's when absent. */
  leadDays?: number | null;
}

export interface SubPlan {
  planId: string;
  unitId: string;
  workflowId: string;
  dueAt: string;
}

/** Nothing drafted yet: the form shows its blank values. */
export const emptyPlanContent: PlanContent = {};
