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

/** What an imported plan's file says of its issue, the issue form's defaults; null or empty where the file does not say. */
export interface ImportedIssue {
  documentNumber: string | null;
  issuedOn: string | null;
  signingCapacity: SigningCapacity | null;
  signerName: string | null;
  signerTitle: string | null;
  recipients: string[];
  subPlanDueOn: string | null;
  /** As the file names it: the issue form takes it only where it names one of its candidate units exactly. */
  focalUnit: string | null;
  /** Targets that measure one of the template's indicators, by its key. */
  targets: Record<string, number>;
  /** Targets no indicator of the template matches: listed for the officer, never assigned. */
  unmappedTargets: string[];
}

export interface SubPlan {
  planId: string;
  unitId: string;
  workflowId: string;
  dueAt: string;
  /** Whether the template's cascade rule hands its plan down again (its workflow runs on the plan's steps queue). */
  cascades?: boolean;
}

/** Nothing drafted yet: the form shows its blank values. */
export const emptyPlanContent: PlanContent = {};
