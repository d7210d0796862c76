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
