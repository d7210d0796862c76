import { quietTemporalLogs, startTimeSkippingTemporal } from '@cascade/test-support';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll } from 'vitest';

/** One time-skipping server for the whole test file: its clock is shared by every simulation in it. */
export function useTimeSkippingEnv(): () => TestWorkflowEnvironment {
  let env: TestWorkflowEnvironment | undefined;
  beforeAll(async () => {
    quietTemporalLogs();
    env = await startTimeSkippingTemporal();
  });
  afterAll(() => env?.teardown());
  return () => env!;
}
