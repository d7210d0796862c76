import type { Connection } from '@temporalio/client';

export interface TemporalWatch {
  isReachable(): boolean;
  /** Stops probing; resolves once no probe is in flight (the connection may then be closed). */
  stop(): Promise<void>;
}

/** Asks Temporal every second whether it answers (within a second), so requests can be told at once when it does not. */
export function watchTemporal(connection: Connection, isProcessRunning: () => boolean = () => true): TemporalWatch {
  let answered = true;
  let probing: Promise<void> | null = null;
  const probe = async () => {
    try {
      await connection.withDeadline(Date.now() + 1_000, () => connection.workflowService.getSystemInfo({}));
      answered = true;
    } catch {
      answered = false;
    } finally {
      probing = null;
    }
  };
  const timer = setInterval(() => {
    probing ??= probe();
  }, 1_000);
  timer.unref();
  return {
    isReachable: () => isProcessRunning() && answered,
    async stop() {
      clearInterval(timer);
      await probing;
    },
  };
}
