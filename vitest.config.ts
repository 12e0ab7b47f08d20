import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-db.ts'],
    // Integration files each start their own database and server; two cores, so keep it modest.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' },
  },
});
