import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  url: string;
  /** What a crash or a failover does: `pg_ctl stop -m immediate` (no shutdown checkpoint, every connection cut). */
  crash(): void;
  /** Starts the same cluster again, on the same port, after crash(). */
  restart(): void;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function postgresBin(): string {
  const fromEnv = process.env.CASCADE_POSTGRES_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) throw new Error('PostgreSQL is not installed: run the suite through "npm test", which installs it.');
  return join(root, version, 'bin');
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user. */
function asServerUser(command: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: 'pipe' });
}

/** A throw-away PostgreSQL cluster on a free loopback port, removed by stop(). */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'cascade-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const port = await freePort();
  asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'cascade', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const start = () =>
    asServerUser(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${dir} -F`,
      'start',
    ]);
  start();
  return {
    url: `postgres://cascade@127.0.0.1:${port}/postgres`,
    crash: () => asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'immediate', 'stop']),
    restart: start,
    async stop() {
      try {
        asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']);
      } catch {
        // Already stopped (crashed by the test and not started again).
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
