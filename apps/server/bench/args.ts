export interface BenchArgs {
  units: number;
  extraUnits: number;
  idleSubmissions: number;
  /** Only the raw starts and the cascade fan-out (for iterating on the fan-out; the default is the full run). */
  fanOutOnly: boolean;
  /** Only the cascade (unmeasured), the logins, the raw Updates and the burst (for iterating on the burst). */
  burstOnly: boolean;
  /** A directory for a V8 CPU profile of the server process (written when it exits), or null. */
  cpuProfileDir: string | null;
}

const usage =
  'npm run bench -- [--units N (default 120)] [--extra-units M (default 0)] [--idle N (default 20)] [--fan-out-only] [--burst-only] [--cpu-prof DIR] [--national (runs bench:national)]';

/** `--units N`: the province's subordinates; `--extra-units M`: more units elsewhere in the hierarchy. */
export function readBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = {
    units: 120,
    extraUnits: 0,
    idleSubmissions: 20,
    fanOutOnly: false,
    burstOnly: false,
    cpuProfileDir: null,
  };
  const count = (value: string | undefined, name: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs a whole number ≥ ${min}. Usage: ${usage}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    else if (arg === '--units') args.units = count(argv[++i], arg, 1);
    else if (arg === '--extra-units') args.extraUnits = count(argv[++i], arg, 0);
    else if (arg === '--idle') args.idleSubmissions = count(argv[++i], arg, 1);
    else if (arg === '--fan-out-only') args.fanOutOnly = true;
    else if (arg === '--burst-only') args.burstOnly = true;
    else if (arg === '--cpu-prof' && argv[i + 1]) args.cpuProfileDir = argv[++i]!;
    else throw new Error(`Unknown argument "${arg}". Usage: ${usage}`);
  }
  if (args.fanOutOnly && args.burstOnly)
    throw new Error(`--fan-out-only and --burst-only exclude each other. Usage: ${usage}`);
  args.idleSubmissions = Math.min(args.idleSubmissions, args.units);
  return args;
}
