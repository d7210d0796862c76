import { demoPassword, seedUsers } from '@cascade/db/seed';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startCascade } from './cascade';
import { readServerEnv } from './env';

// Cascade stops the worker itself, in order, on Ctrl-C.
Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });

const env = readServerEnv();
const cascade = await startCascade(env).catch((error: Error) => {
  console.error(`[cascade] could not start: ${error.message}`);
  process.exit(1);
});

const demo = [
  'quantri',
  'gl.lanhdao',
  'gl.truongphong',
  'gl.chuyenvien',
  'gl-pleiku.lanhdao',
  'gl-pleiku.chuyenvien',
  'gl-snv.theodoi',
  'hd-thanh-ha.lanhdao',
  'hd-tan-viet.chuyenvien',
];
const logins = env.seedDemo
  ? `Demo logins (password "${demoPassword}"; ${seedUsers.length} users in all, <unit>.lanhdao / <unit>.chuyenvien):
${demo.map((u) => `  ${u}`).join('\n')}`
  : cascade.hasAdministrator
    ? 'No demo data (CASCADE_DEMO=1 loads it).'
    : 'No administrator yet: create one with\n  npm run -s admin:create -- --username <name> --unit vn\n(the password is read from stdin or prompted), or set CASCADE_ADMIN_USERNAME and CASCADE_ADMIN_PASSWORD.';
console.log(`
Cascade is running at ${cascade.url}
Temporal UI: ${cascade.temporalUiUrl ?? 'external Temporal (TEMPORAL_ADDRESS)'}
${logins}
Press Ctrl-C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\n[cascade] stopping…');
    cascade.stop().then(
      () => {
        console.log('[cascade] stopped.');
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}
