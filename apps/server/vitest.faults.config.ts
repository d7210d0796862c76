import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault-injection test alone (its own command: it kills processes and takes minutes).
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['src/**/*.faults.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
