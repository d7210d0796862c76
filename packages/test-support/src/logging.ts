import { DefaultLogger, Runtime } from '@temporalio/worker';

let installed = false;

/** Keeps test output to what matters: the SDK's and the server's warnings and errors. */
export function quietTemporalLogs(): void {
  if (installed) return;
  installed = true;
  Runtime.install({
    logger: new DefaultLogger('WARN'),
    telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' }, forward: {} } },
  });
}
