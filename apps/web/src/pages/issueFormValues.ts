import type { SigningCapacity } from '@cascade/domain';
import { type PlanIssueInput, planIssueSchema } from '@cascade/forms';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';

/** What the issue form edits: Nơi nhận as one recipient per line, an empty deadline as text. */
export interface IssueFormValues {
  documentNumber: string;
  issuedOn: string;
  signerName: string;
  signerTitle: string;
  signingCapacity: SigningCapacity;
  recipients: string;
  subPlanDueOn: string;
  /** Empty: the issuing unit consolidates its reports itself. */
  focalUnitId: string;
}

export function toIssueInput(values: IssueFormValues) {
  return {
    ...values,
    recipients: values.recipients.split('\n').map((line) => line.trim()).filter(Boolean),
    subPlanDueOn: values.subPlanDueOn || null,
    focalUnitId: values.focalUnitId || null,
  };
}

const validateIssue = zodResolver(planIssueSchema);

/** The server's planIssueSchema, applied to the form's values once they are shaped like the API's. */
export const issueResolver: Resolver<IssueFormValues, unknown, PlanIssueInput> = async (values, context, options) => {
  const result = await validateIssue(toIssueInput(values), context, options as unknown as Parameters<typeof validateIssue>[2]);
  if (Object.keys(result.errors).length === 0) return { values: result.values as PlanIssueInput, errors: {} };
  // A line of Nơi nhận fails on its own, but the form has one textarea for them all.
  const { recipients, ...errors } = result.errors;
  const recipientsMessage = firstErrorMessage(recipients);
  return { values: {}, errors: recipientsMessage ? { ...errors, recipients: { type: 'validate', message: recipientsMessage } } : errors };
};

function firstErrorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  for (const nested of Object.values(error)) {
    const message = firstErrorMessage(nested);
    if (message) return message;
  }
  return undefined;
}
