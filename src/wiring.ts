// What each capability adds to a running process (socket handlers, ingest hooks, extra workers).
// `npm start` and the test harness both use this, so tests run exactly what production runs.
import type { Config } from './config.js';
import type { StartOptions } from './server.js';

export async function startOptions(_config: Config): Promise<StartOptions> {
  return {};
}
