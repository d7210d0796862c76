import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { pool: 'forks', fileParallelism: false, testTimeout: 150_000, hookTimeout: 120_000 },
});
