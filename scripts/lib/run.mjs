import { spawn, spawnSync } from 'node:child_process';

export function runQuiet(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
}

export function hasCommand(command) {
  return runQuiet('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Runs a child with inherited stdio; resolves with its exit code, forwarding Ctrl-C. */
export function runInherited(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
