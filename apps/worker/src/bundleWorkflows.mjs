// Run by bundleInChildProcess: bundles the workflow code given as argv[2] and writes the bundle to stdout.
import { bundleWorkflowCode } from '@temporalio/worker';

const ignore = () => {};
const logger = { log: ignore, trace: ignore, debug: ignore, info: ignore, warn: ignore, error: console.error };
// The parent gone (stopped while bundling): nothing is waiting for the bundle any more.
process.stdout.on('error', () => process.exit(1));
const { code } = await bundleWorkflowCode({ workflowsPath: process.argv[2], logger });
process.stdout.write(code);
