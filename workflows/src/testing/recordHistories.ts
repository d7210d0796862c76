import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

type WorkflowClient = TestWorkflowEnvironment['client']['workflow'];

/** Where replay fixtures live: one folder per recording (its label), one per scenario, one JSON file per workflow. */
export const historiesDir = fileURLToPath(new URL('../../histories/', import.meta.url));

/** Set by `npm run record-histories`: the label of the recording being made; tests record nothing without it. */
const recordingLabel = () => process.env.CASCADE_RECORD_HISTORIES;

/** Keeps the histories of a finished test's workflows as replay fixtures, when a recording was asked for. */
export async function recordHistories(client: WorkflowClient, scenario: string, workflowIds: string[]): Promise<void> {
  const label = recordingLabel();
  if (!label) return;
  const dir = join(historiesDir, label, scenario);
  await mkdir(dir, { recursive: true });
  for (const workflowId of workflowIds) {
    const history = await client.getHandle(workflowId).fetchHistory();
    await writeFile(join(dir, `${workflowId}.json`), historyToJSON(history));
  }
}
