import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/system/**'],
    globalSetup: ['tests/support/global-db.ts', 'tests/support/global-model.ts'],
    // Integration files each start their own database and server; two cores, so keep it modest.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // An unhandled rejection is a bug (it kills a production process): the run fails, never just warns.
    dangerouslyIgnoreUnhandledErrors: false,
    reporters: ['default', './tests/support/unhandled-errors-reporter.ts'],
    env: { DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' },
  },
});
