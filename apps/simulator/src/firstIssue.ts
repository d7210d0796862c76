import type { z } from 'zod';
import { fieldPath, ScenarioError } from './scenarioError';

/** Plain wording for the mistakes people make when writing a scenario by hand. */
export const scenarioErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && issue.code === 'invalid_type') return 'required, but missing';
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(issue.input)}`;
  return undefined;
};

export function firstIssueError(error: z.ZodError): ScenarioError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys')
    return new ScenarioError(fieldPath([...issue.path, issue.keys[0]!]), 'unknown field');
  return new ScenarioError(fieldPath(issue.path), issue.message);
}
