import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { workflowsPath } from '@cascade/workflows/path';

const script = fileURLToPath(new URL('./bundleWorkflows.mjs', import.meta.url));

/**
 * The workflow bundle built in a child process: webpack's memory (its peak adds ~115 MB here) is given back when the
 * child exits instead of staying in the server's and worker's peak resident set.
 */
export function bundleInChildProcess(): Promise<{ code: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, workflowsPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve({ code: Buffer.concat(chunks).toString('utf8') });
      else reject(new Error(`Bundling the workflow code failed (${signal ?? `exit ${code}`}): see the lines above.`));
    });
  });
}
