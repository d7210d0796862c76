export { createCascadeWorker } from './worker';
export { readTemporalEnv } from './env';
