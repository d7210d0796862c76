export { temporalCliPath } from './binaries';
export { freePort, startPostgres, type PostgresServer } from './postgres';
export { startDevTemporal, startTimeSkippingTemporal } from './temporal';
export { quietTemporalLogs } from './logging';
