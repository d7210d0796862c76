import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDatabasePoolSize, readTemporalEnv } from '@cascade/worker';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function port(value: string | undefined, fallback: number, name: string): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, not "${value}".`);
  return n;
}

function positiveMs(value: string | undefined, fallback: number, name: string): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a number of milliseconds, not "${value}".`);
  return n;
}

/** The S3-compatible store for attached files, when CASCADE_S3_BUCKET is set; the database holds them otherwise. */
function s3Settings(env: NodeJS.ProcessEnv) {
  if (!env.CASCADE_S3_BUCKET) {
    if (env.CASCADE_S3_ENDPOINT) throw new Error('CASCADE_S3_ENDPOINT is set without CASCADE_S3_BUCKET: set both.');
    return undefined;
  }
  const accessKeyId = env.CASCADE_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.CASCADE_S3_SECRET_ACCESS_KEY;
  if (!accessKeyId !== !secretAccessKey)
    throw new Error('Set both CASCADE_S3_ACCESS_KEY_ID and CASCADE_S3_SECRET_ACCESS_KEY, or neither.');
  return {
    endpoint: env.CASCADE_S3_ENDPOINT || undefined,
    bucket: env.CASCADE_S3_BUCKET,
    region: env.CASCADE_S3_REGION || 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.CASCADE_S3_FORCE_PATH_STYLE !== 'false',
  };
}

/** Every setting the server reads, validated once. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: port(env.PORT, 3000, 'PORT'),
    dataDir: resolve(env.CASCADE_DATA_DIR ?? resolve(repoRoot, '.data')),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: readDatabasePoolSize(env),
    temporalAddress: env.TEMPORAL_ADDRESS || undefined,
    temporal: readTemporalEnv(env, ''),
    temporalCli: env.CASCADE_TEMPORAL_CLI,
    embeddedTemporalPort: port(env.CASCADE_TEMPORAL_PORT, 7233, 'CASCADE_TEMPORAL_PORT'),
    embeddedTemporalUiPort: port(env.CASCADE_TEMPORAL_UI_PORT, 8233, 'CASCADE_TEMPORAL_UI_PORT'),
    /** Temporal's web UI, linked from the monitor for administrators; the embedded server's own UI by default. */
    temporalUiUrl: env.TEMPORAL_UI_URL?.replace(/\/+$/, '') || undefined,
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    runWorker: env.CASCADE_WORKER !== 'off',
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? 'Cascade <no-reply@localhost>',
    updateDeadlineMs: positiveMs(env.CASCADE_UPDATE_DEADLINE_MS, 10_000, 'CASCADE_UPDATE_DEADLINE_MS'),
    /** LibreOffice, for plans and reports as PDF beside the .docx; Debian's when installed. */
    s3: s3Settings(env),
    soffice: env.CASCADE_SOFFICE || (existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : undefined),
    webDist: resolve(env.CASCADE_WEB_DIST ?? resolve(repoRoot, 'apps/web/dist')),
    /** Demo data (units, users, the template): on by default in the embedded set-up, off with DATABASE_URL unless asked. */
    seedDemo: env.CASCADE_DEMO ? env.CASCADE_DEMO === '1' : !env.DATABASE_URL,
    /** Where the user ran an `npm run` command from: the command's relative file names start there. */
    invocationDir: env.INIT_CWD ?? process.cwd(),
    firstAdmin: env.CASCADE_ADMIN_USERNAME
      ? {
          username: env.CASCADE_ADMIN_USERNAME,
          password: env.CASCADE_ADMIN_PASSWORD ?? '',
          unit: env.CASCADE_ADMIN_UNIT ?? 'vn',
          displayName: env.CASCADE_ADMIN_NAME,
        }
      : undefined,
  };
}

export type ServerEnv = ReturnType<typeof readServerEnv>;
