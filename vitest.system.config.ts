// `npm run test:system`: suites that need a system server (mongod, a mail server) that npm cannot provide.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/system/**/*.test.ts'],
    exclude: [],
    maxWorkers: 1,
    // Here a mongod may be downloaded where the network allows (npm test only uses an installed or cached one).
    env: { ...base.test?.env, MONGOMS_RUNTIME_DOWNLOAD: 'true' },
  },
});
