export { readTemporalEnv } from './env';
export { superviseWorker } from './supervisedWorker';
