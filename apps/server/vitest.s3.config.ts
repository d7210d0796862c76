import { defineConfig } from 'vitest/config';

// `npm run test:s3`: attached files in SeaweedFS's S3 gateway (its own command: SeaweedFS is built once, minutes cold).
export default defineConfig({
  test: {
    pool: 'forks',
    include: ['src/**/*.s3.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
