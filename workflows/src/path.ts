import { fileURLToPath } from 'node:url';

/** The module the Temporal bundler starts from. */
export const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));
