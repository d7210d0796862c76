// The cluster's PostgreSQL: one server holding Cascade's database and Temporal's two, kept in the cluster's directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root its commands run as the `postgres` user. */
function asServerUser(command, args) {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return spawnSync(file, argv, { encoding: 'utf8' });
}

function check(result, what) {
  if (result.status !== 0) throw new Error(`${what} failed: ${(result.stderr || result.stdout || '').trim()}`);
}

export function startClusterPostgres({ bin, dir, port }) {
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'data');
  if (isRoot) {
    chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  if (!existsSync(join(data, 'PG_VERSION'))) {
    const init = ['-D', data, '-U', 'cascade', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'];
    check(asServerUser(join(bin, 'initdb'), init), 'initdb');
  }
  // Connections: Temporal's stores (20 + 10 per service), the server's and each worker's pools, with room to spare.
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=300`;
  check(
    asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'server.log'), '-o', options, 'start']),
    'pg_ctl start',
  );
  const psql = (database, sql) =>
    spawnSync(
      join(bin, 'psql'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'cascade', '-d', database, '-tAc', sql],
      {
        encoding: 'utf8',
      },
    );
  if (!psql('postgres', `select 1 from pg_database where datname = 'cascade'`).stdout.includes('1'))
    check(psql('postgres', 'create database cascade'), 'create database cascade');
  return {
    url: `postgres://cascade@127.0.0.1:${port}/cascade`,
    port,
    hasDatabase: (name) => psql('postgres', `select 1 from pg_database where datname = '${name}'`).stdout.includes('1'),
    stop: () => asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']),
  };
}
