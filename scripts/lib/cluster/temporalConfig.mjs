// The Temporal server's configuration, made at run time from the module's own PostgreSQL development configuration.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../fail.mjs';

/** Replaces every `from` in the text, failing loudly if the pinned base configuration no longer has it. */
function replaceAll(text, from, to) {
  if (!text.includes(from)) fail(`Temporal's base configuration has no "${from.trim()}": update scripts/lib/cluster.`);
  return text.split(from).join(to);
}

/**
 * Dynamic configuration: the knobs that matter for a fan-out of thousands of workflows and a burst of Updates.
 * Task-queue partitions spread one queue over matching's partitions (4 is Temporal's default; more for many pollers).
 */
const dynamicConfig = ({ partitions }) => `
frontend.enableUpdateWorkflowExecution:
  - value: true
system.forceSearchAttributesCacheRefreshOnRead:
  - value: true
matching.numTaskqueueReadPartitions:
  - value: ${partitions}
matching.numTaskqueueWritePartitions:
  - value: ${partitions}
limit.maxIDLength:
  - value: 255
`;

/** Writes `<dir>/config/cluster.yaml` and its dynamic configuration; returns the config directory and env name. */
export function writeTemporalConfig({ moduleDir, dir, postgresPort, ports, shards, partitions }) {
  const configDir = join(dir, 'config');
  mkdirSync(configDir, { recursive: true });
  const dynamicPath = join(configDir, 'dynamic.yaml');
  writeFileSync(dynamicPath, dynamicConfig({ partitions }));
  let text = readFileSync(join(moduleDir, 'config', 'development-postgres12.yaml'), 'utf8');
  const edits = [
    ['level: info', 'level: warn'],
    ['connectAddr: "127.0.0.1:5432"', `connectAddr: "127.0.0.1:${postgresPort}"`],
    ['user: "temporal"', 'user: "cascade"'],
    ['numHistoryShards: 4', `numHistoryShards: ${shards}`],
    // The visibility store answers the monitor's lists: more than the development default of 2 connections.
    ['maxConns: 2\n', 'maxConns: 10\n'],
    ['maxIdleConns: 2\n', 'maxIdleConns: 10\n'],
    ['port: 7936', `port: ${ports.pprof}`],
    ['listenAddress: "127.0.0.1:8000"', `listenAddress: "127.0.0.1:${ports.metrics}"`],
    ['grpcPort: 7233', `grpcPort: ${ports.frontend}`],
    ['httpPort: 7243', `httpPort: ${ports.frontendHttp}`],
    ['grpcPort: 7234', `grpcPort: ${ports.history}`],
    ['grpcPort: 7235', `grpcPort: ${ports.matching}`],
    ['grpcPort: 7239', `grpcPort: ${ports.worker}`],
    ['membershipPort: 6933', `membershipPort: ${ports.frontendMembership}`],
    ['membershipPort: 6934', `membershipPort: ${ports.historyMembership}`],
    ['membershipPort: 6935', `membershipPort: ${ports.matchingMembership}`],
    ['membershipPort: 6939', `membershipPort: ${ports.workerMembership}`],
    ['rpcAddress: "localhost:7233"', `rpcAddress: "127.0.0.1:${ports.frontend}"`],
    ['filepath: "config/dynamicconfig/development-sql.yaml"', `filepath: "${dynamicPath}"`],
    ['file:///tmp/temporal_archival/development', `file://${join(dir, 'archival', 'history')}`],
    ['file:///tmp/temporal_vis_archival/development', `file://${join(dir, 'archival', 'visibility')}`],
  ];
  for (const [from, to] of edits) text = replaceAll(text, from, to);
  writeFileSync(join(configDir, 'cluster.yaml'), text);
  return { configDir, envName: 'cluster' };
}
