import { defineConfig } from 'vitest/config';

// One time-skipping server per file: its clock is global, so files run one after another.
export default defineConfig({
  test: { pool: 'forks', fileParallelism: false, testTimeout: 120_000, hookTimeout: 180_000 },
});
