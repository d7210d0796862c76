import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    exclude: [...configDefaults.exclude, 'src/**/*.faults.test.ts', 'src/**/*.s3.test.ts', 'src/**/*.cluster.test.ts'],
  },
});
