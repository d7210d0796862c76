import { readFileSync } from 'node:fs';

export interface TemporalEnv {
  address: string;
  namespace: string;
  tls?: { serverNameOverride?: string; clientCertPair?: { crt: Buffer; key: Buffer } };
}

/** Temporal connection settings from TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and the optional TLS files. */
export function readTemporalEnv(env: NodeJS.ProcessEnv, fallbackAddress: string): TemporalEnv {
  const cert = env.TEMPORAL_TLS_CERT;
  const key = env.TEMPORAL_TLS_KEY;
  if (Boolean(cert) !== Boolean(key)) throw new Error('Set both TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY, or neither.');
  return {
    address: env.TEMPORAL_ADDRESS || fallbackAddress,
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    ...(cert && key ? { tls: { clientCertPair: { crt: readFileSync(cert), key: readFileSync(key) } } } : {}),
  };
}

/** PostgreSQL connections each process keeps (CASCADE_DB_POOL_SIZE): requests beyond it wait for a free one. */
export function readDatabasePoolSize(env: NodeJS.ProcessEnv): number {
  const n = Number(env.CASCADE_DB_POOL_SIZE ?? 20);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`CASCADE_DB_POOL_SIZE must be a whole number of connections, not "${env.CASCADE_DB_POOL_SIZE}".`);
  return n;
}

/** The standalone worker's settings: PostgreSQL and an external Temporal are required. */
export function readWorkerEnv(env: NodeJS.ProcessEnv = process.env) {
  if (!env.DATABASE_URL || !env.TEMPORAL_ADDRESS) {
    throw new Error(
      'The standalone worker needs DATABASE_URL and TEMPORAL_ADDRESS; "npm start" runs an embedded worker instead.',
    );
  }
  return {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: readDatabasePoolSize(env),
    temporal: readTemporalEnv(env, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Cascade <no-reply@localhost>',
  };
}
