import type { SigningCapacity } from '@cascade/domain';
import { type PlanIssueInput, planIssueSchema } from '@cascade/forms';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { parseNumberInput } from '../numbers';

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
  /** A sub-plan's lead time for its subordinates' reports, in days; empty for the template's. */
  leadDays: string;
  /** Targets handed down to the sub-plans, by indicator key, as typed ("2", "92,5"); empty for none. */
  targets: Record<string, string>;
}

export function toIssueInput({ targets: _targets, ...values }: IssueFormValues) {
  return {
    ...values,
    recipients: values.recipients
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    subPlanDueOn: values.subPlanDueOn || null,
    focalUnitId: values.focalUnitId || null,
    leadDays: values.leadDays.trim() === '' ? null : Number(values.leadDays.trim()),
  };
}

const validateIssue = zodResolver(planIssueSchema);

/** The server's planIssueSchema, applied to the form's values once they are shaped like the API's. */
/** The targets as the API takes them; undefined for a target that is not a non-negative number. */
export function toTargets(targets: Record<string, string>): Record<string, number | null | undefined> {
  return Object.fromEntries(
    Object.entries(targets).map(([key, text]) => [
      key,
      text.trim() === '' ? null : (parseNumberInput(text) ?? undefined),
    ]),
  );
}

function targetErrors(targets: Record<string, string>): FieldErrors<IssueFormValues> {
  const wrong = Object.entries(toTargets(targets)).filter(([, target]) => target === undefined);
  if (wrong.length === 0) return {};
  return {
    targets: Object.fromEntries(
      wrong.map(([key]) => [key, { type: 'validate', message: 'Chỉ tiêu phải là số không âm (ví dụ 2 hoặc 92,5)' }]),
    ),
  } as FieldErrors<IssueFormValues>;
}

export const issueResolver: Resolver<IssueFormValues, unknown, PlanIssueInput> = async (values, context, options) => {
  const result = await validateIssue(
    toIssueInput(values),
    context,
    options as unknown as Parameters<typeof validateIssue>[2],
  );
  const wrongTargets = targetErrors(values.targets);
  if (Object.keys(result.errors).length === 0 && Object.keys(wrongTargets).length === 0)
    return { values: result.values as PlanIssueInput, errors: {} };
  if (Object.keys(result.errors).length === 0) return { values: {}, errors: wrongTargets };
  // A line of Nơi nhận fails on its own, but the form has one textarea for them all.
  const { recipients, ...errors } = result.errors;
  const recipientsMessage = firstErrorMessage(recipients);
  return {
    values: {},
    errors: {
      ...(recipientsMessage ? { ...errors, recipients: { type: 'validate', message: recipientsMessage } } : errors),
      ...wrongTargets,
    },
  };
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
