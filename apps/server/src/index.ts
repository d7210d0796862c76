export { startCascade, type RunningCascade } from './cascade';
export { readServerEnv, type ServerEnv } from './env';
