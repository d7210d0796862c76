export { readDatabasePoolSize, readTemporalEnv } from './env';
export { superviseWorker } from './supervisedWorker';
export { createCascadeWorker } from './worker';
