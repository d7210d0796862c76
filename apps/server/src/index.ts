export { startCascade } from './cascade';
export { readServerEnv } from './env';
