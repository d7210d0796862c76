import type { Connection } from '@temporalio/client';

export interface TemporalWatch {
  isReachable(): boolean;
  stop(): void;
}

/** Asks Temporal every second whether it answers (within a second), so requests can be told at once when it does not. */
export function watchTemporal(connection: Connection, isProcessRunning: () => boolean = () => true): TemporalWatch {
  let answered = true;
  let probing = false;
  const probe = async () => {
    if (probing) return;
    probing = true;
    try {
      await connection.withDeadline(Date.now() + 1_000, () => connection.workflowService.getSystemInfo({}));
      answered = true;
    } catch {
      answered = false;
    } finally {
      probing = false;
    }
  };
  const timer = setInterval(() => void probe(), 1_000);
  timer.unref();
  return { isReachable: () => isProcessRunning() && answered, stop: () => clearInterval(timer) };
}
