import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { connect } from 'node:net';

export const isPortTaken = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });

/** The inode of the socket listening on a loopback or wildcard TCP port (Linux /proc), or null. */
function listeningInode(port: number): string | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields: sl, local address, remote address, state (0A = LISTEN), …, inode at index 9
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') return fields[9] ?? null;
    }
  }
  return null;
}

/** The process (pid and command line) listening on a TCP port, or null when it cannot be found. */
export function processListeningOn(port: number): { pid: number; commandLine: string[] } | null {
  const inode = listeningInode(port);
  if (!inode) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fds = readdirSync(`/proc/${entry}/fd`);
      if (!fds.some((fd) => readlinkSync(`/proc/${entry}/fd/${fd}`) === `socket:[${inode}]`)) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return { pid: Number(entry), commandLine };
    } catch {
      // The process ended meanwhile, or is not ours to read.
    }
  }
  return null;
}

/**
 * Before starting the dev server on `port`: a dev server an earlier run left behind on this same database file is
 * stopped; anything else on the port makes the start fail with one sentence saying what to do.
 */
export async function reclaimPorts(port: number, uiPort: number, databaseFile: string): Promise<void> {
  await reclaimPort(port, databaseFile);
  if (await isPortTaken(uiPort)) {
    const owner = processListeningOn(uiPort);
    throw new Error(
      `Port ${uiPort} (the Temporal UI) is already in use${owner ? ` by process ${owner.pid}` : ''}: stop that program, or set CASCADE_TEMPORAL_UI_PORT to a free port.`,
    );
  }
}

async function reclaimPort(port: number, databaseFile: string): Promise<void> {
  if (!(await isPortTaken(port))) return;
  const owner = processListeningOn(port);
  const isOurOrphan =
    owner?.commandLine.includes('start-dev') && owner.commandLine.includes(databaseFile) && owner.pid !== process.pid;
  if (!owner || !isOurOrphan)
    throw new Error(
      `Port ${port} is already in use${owner ? ` by process ${owner.pid} (${owner.commandLine.slice(0, 3).join(' ')})` : ''}: stop that program, or set CASCADE_TEMPORAL_PORT and CASCADE_TEMPORAL_UI_PORT to free ports.`,
    );
  console.warn(`[cascade] stopping the Temporal dev server (pid ${owner.pid}) that an earlier run left behind.`);
  process.kill(owner.pid, 'SIGKILL');
  const deadline = Date.now() + 10_000;
  while (await isPortTaken(port)) {
    if (Date.now() > deadline)
      throw new Error(`Port ${port} is still in use 10 s after stopping process ${owner.pid}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
