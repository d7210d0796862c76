import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system, every thread) of each process taking part, read from /proc (Linux). */
export interface CpuSeconds {
  server: number;
  temporal: number;
  postgres: number;
  bench: number;
}

const ticksPerSecond = 100;

function statOf(pid: number) {
  try {
    // The command name is in parentheses and may hold spaces: the fields after it are split on spaces.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond };
  } catch {
    return null; // ended since the directory was listed
  }
}

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};

function processes() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const stat = statOf(Number(name));
      return stat ? [{ pid: Number(name), ...stat }] : [];
    });
}

/**
 * The server process, the embedded Temporal it started (its child), this cluster's PostgreSQL (the postmaster started
 * with `-p <port>`, and its backends) and the bench itself. Other sessions' processes on the machine are not counted.
 */
export function readCpuSeconds(serverPid: number, postgresPort: number): CpuSeconds {
  const all = processes();
  const postmaster = all.find((p) => {
    const args = commandLine(p.pid);
    return args[0]?.endsWith('postgres') && args.join(' ').includes(`-p ${postgresPort}`);
  });
  const sum = (list: typeof all) => list.reduce((total, p) => total + p.seconds, 0);
  const own = process.cpuUsage();
  return {
    server: sum(all.filter((p) => p.pid === serverPid)),
    temporal: sum(all.filter((p) => p.ppid === serverPid)),
    postgres: postmaster ? sum(all.filter((p) => p.pid === postmaster.pid || p.ppid === postmaster.pid)) : Number.NaN,
    bench: (own.user + own.system) / 1e6,
  };
}

/** What each process spent between two readings, in seconds, as one line. */
export function describeCpuSpent(before: CpuSeconds, after: CpuSeconds): string {
  const spent = (k: keyof CpuSeconds) => after[k] - before[k];
  const total = spent('server') + spent('temporal') + spent('postgres') + spent('bench');
  return `CPU ${total.toFixed(2)} s: server ${spent('server').toFixed(2)} s, Temporal ${spent('temporal').toFixed(2)} s, PostgreSQL ${spent('postgres').toFixed(2)} s, bench ${spent('bench').toFixed(2)} s`;
}
