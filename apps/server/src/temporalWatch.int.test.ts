import { createServer, type Socket } from 'node:net';
import { freePort, startDevTemporal } from '@cascade/test-support';
import { Connection } from '@temporalio/client';
import { afterAll, expect, test } from 'vitest';
import { watchTemporal } from './temporalWatch';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const options = { silenceMs: 4_000, probeDeadlineMs: 500 };
const closing: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

function watching(connection: Connection, address: string) {
  const watch = watchTemporal(connection, address, options);
  closing.push(() => watch.stop());
  return watch;
}
function connectionTo(address: string) {
  const connection = Connection.lazy({ address });
  closing.push(() => connection.close());
  return connection;
}

test('a Temporal that answers is reachable', async () => {
  const env = await startDevTemporal();
  closing.push(() => env.teardown());
  const watch = watching(env.connection, env.connection.options.address);
  await pause(2_500);
  expect(watch.isReachable()).toBe(true);
}, 60_000);

test('a refused connection is unreachable at once', async () => {
  const address = `127.0.0.1:${await freePort()}`;
  const watch = watching(connectionTo(address), address);
  await pause(2_500);
  expect(watch.isReachable()).toBe(false);
}, 30_000);

test('a Temporal that is slow to answer stays reachable, until it has said nothing for the silence limit', async () => {
  // Takes connections and never answers: every probe runs out of time, as under a heavy load.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  closing.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });
  const { port } = silent.address() as { port: number };
  const address = `127.0.0.1:${port}`;
  const watch = watching(connectionTo(address), address);
  await pause(2_500);
  expect(sockets.length).toBeGreaterThan(0);
  expect(watch.isReachable()).toBe(true);
  await pause(3_000);
  expect(watch.isReachable()).toBe(false);
}, 30_000);
