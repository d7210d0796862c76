import { connect } from 'node:net';
import type { Connection } from '@temporalio/client';

export interface TemporalWatch {
  isReachable(): boolean;
  /** Stops probing; resolves once no probe is in flight (the connection may then be closed). */
  stop(): Promise<void>;
}

interface WatchOptions {
  /** Whether the embedded dev server's process runs (none: an external Temporal). */
  isProcessRunning?: () => boolean;
  silenceMs?: number;
  probeDeadlineMs?: number;
}

/**
 * Whether a TCP connection to `address` (host:port) is refused. The gRPC error does not say it: the SDK retries an
 * UNAVAILABLE call until its deadline, so a refused connection and a slow answer both end as DEADLINE_EXCEEDED.
 */
function refusesConnections(address: string, timeoutMs: number): Promise<boolean> {
  const { hostname, port } = new URL(`tcp://${address}`);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
    const answer = (refused: boolean) => {
      socket.destroy();
      resolve(refused);
    };
    socket.setTimeout(timeoutMs, () => answer(false));
    socket.once('connect', () => answer(false));
    socket.once('error', () => answer(true));
  });
}

/**
 * Asks Temporal every second whether it answers, so requests can be told at once when it is away. A refused
 * connection counts at once; a slow answer does not (a loaded server still serves, and refusing its requests would
 * turn load into errors): only a server that has answered nothing for `silenceMs` counts as away.
 */
export function watchTemporal(
  connection: Connection,
  address: string,
  { isProcessRunning = () => true, silenceMs = 15_000, probeDeadlineMs = 5_000 }: WatchOptions = {},
): TemporalWatch {
  let answeredAt = Date.now();
  let refused = false;
  let probing: Promise<void> | null = null;
  const probe = async () => {
    // Side by side: a refused connection is known at once, while the call may retry until its deadline.
    const connecting = refusesConnections(address, probeDeadlineMs).then((r) => (refused = r));
    try {
      await connection.withDeadline(Date.now() + probeDeadlineMs, () => connection.workflowService.getSystemInfo({}));
      answeredAt = Date.now();
    } catch {
      // Slow or away: the connection check and the silence limit tell which.
    } finally {
      await connecting;
      probing = null;
    }
  };
  const timer = setInterval(() => {
    probing ??= probe();
  }, 1_000);
  timer.unref();
  return {
    isReachable: () => isProcessRunning() && !refused && Date.now() - answeredAt < silenceMs,
    async stop() {
      clearInterval(timer);
      await probing;
    },
  };
}
