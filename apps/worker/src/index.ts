export { createCascadeWorker, type CascadeWorkerOptions } from './worker';
export { readTemporalEnv, type TemporalEnv } from './env';
export { superviseWorker, type SupervisedWorker } from './supervisedWorker';
