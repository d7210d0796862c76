/** The house rules `npm test` runs first, in order, each with what to do when it fails. */
const checks = [
  {
    name: 'TypeScript',
    args: ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only'],
    mend: 'fix the type errors above (npm run typecheck).',
  },
  {
    name: 'ESLint',
    args: ['exec', 'eslint', '.', '--cache', '--cache-location', 'node_modules/.cache/eslint/'],
    // Type-aware rules hold every package's program at once: more than Node's default heap.
    env: { NODE_OPTIONS: '--max-old-space-size=8192' },
    mend: 'run "npm run lint -- --fix" for what can be mended, then fix the rest by hand; each message says what to do.',
  },
  {
    name: 'Prettier',
    args: ['exec', 'prettier', '--check', '--log-level=warn', '.'],
    mend: 'run "npm run format".',
  },
  {
    name: 'knip (unused files, exports and dependencies)',
    args: ['exec', 'knip', '--no-config-hints'],
    mend: 'delete what nobody uses, or remove the dependency from its package.json.',
  },
];

/** Runs every check through pnpm; returns the first failure's message, or null when all pass. */
export async function runChecks(pnpm) {
  for (const check of checks) {
    console.log(`[cascade] check: ${check.name}`);
    const code = await pnpm(check.args, check.env);
    if (code !== 0) return `${check.name} failed: ${check.mend}`;
  }
  return null;
}
