/** Where relative scenario paths are read from: the directory `npm run` was called in. */
export function scenarioBaseDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD ?? process.cwd();
}
