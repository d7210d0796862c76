import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { historiesDir } from './recordHistories';

/** Every recorded fixture, by its path under workflows/histories/ (recording label / scenario / workflow). */
export function recordedHistories(): { name: string; history: unknown }[] {
  return readdirSync(historiesDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.json'))
    .sort()
    .map((path) => ({ name: path, history: JSON.parse(readFileSync(join(historiesDir, path), 'utf8')) as unknown }));
}

/** Replays the histories on the workflow code at `workflowsPath`; returns one line per history that no longer replays. */
export async function replayFailures(workflowsPath: string, histories = recordedHistories()): Promise<string[]> {
  const workflowBundle = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  const failures: string[] = [];
  // Each replays under its recorded workflow id (the file's name): workflow code derives child ids from it.
  const results = Worker.runReplayHistories(
    { workflowBundle },
    histories.map(({ name, history }) => ({ workflowId: basename(name, '.json'), history })),
  );
  let index = 0;
  for await (const { error } of results) {
    const { name } = histories[index++]!;
    if (error) failures.push(`${name}: ${error.message}`);
  }
  return failures;
}
