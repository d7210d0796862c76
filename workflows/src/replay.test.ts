import { fileURLToPath } from 'node:url';
import { quietTemporalLogs } from '@cascade/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { workflowsPath } from './path';
import { recordedHistories, replayFailures } from './testing/replayHistories';

const scenarios = [
  'adhoc',
  'adhoc-forwarding',
  'approvals',
  'cascade-2-level',
  'cascade-3-level',
  'draft-and-report-returns',
  'merger',
  'reports-returns-restart',
  'tong-ket-close',
];

beforeAll(quietTemporalLogs);

describe('replay of recorded histories (workflows/histories/)', () => {
  it('has a recording of every kind of path', () => {
    const recorded = new Set(recordedHistories().map(({ name }) => name.split('/')[1]));
    expect([...recorded].sort()).toEqual(expect.arrayContaining(scenarios));
  });

  it('every recorded history replays on the current workflow code', async () => {
    expect(await replayFailures(workflowsPath)).toEqual([]);
  });

  it('an unversioned change to the command sequence fails the replay', async () => {
    const reordered = fileURLToPath(new URL('./testing/reorderedWorkflows.ts', import.meta.url));
    const histories = recordedHistories().filter(({ name }) => name.includes('/approvals/'));
    const failures = await replayFailures(reordered, histories);
    expect(failures).toHaveLength(histories.length);
    expect(failures[0]).toMatch(/[Nn]ondetermin/);
  });
});
