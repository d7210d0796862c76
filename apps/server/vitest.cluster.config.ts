import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the distributed topology (Temporal's own server, PostgreSQL, two workers) on its own command.
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['src/**/*.cluster.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
